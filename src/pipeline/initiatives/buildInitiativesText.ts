/**
 * Text helpers for initiatives: map clean spans to the original text, and read title, byline and lead
 * from the ORIGINAL text so that what the app shows is verbatim.
 */
import type { Doc, Span } from '../types.ts';
import { withoutMarkup } from '../text/htmlEntities.ts';

/** Clean span → original span: [map[s], map[e-1]+1). */
export function toOriginal(doc: Doc, span: Span): Span {
  const start = doc.map[span.start] ?? doc.text.length;
  const end = span.end > span.start ? (doc.map[span.end - 1] ?? doc.text.length - 1) + 1 : start;
  return { start, end: Math.max(start, end) };
}

/** Original text of a clean span, with line breaks (column breaks, two-line headlines) closed up and no HTML markup. */
export function originalText(doc: Doc, span: Span | null, joiner = ''): string {
  if (!span) return '';
  const o = toOriginal(doc, span);
  return withoutMarkup(doc.text.slice(o.start, o.end)).replace(/[ \t\u3000]*\r?\n[\s\u3000]*/g, joiner).trim();
}

/** Byline without page furniture: □/■ marks, brackets, a closing 摄. */
export function cleanByline(text: string): string {
  return text.replace(/^[□■\s\u3000]+/, '').replace(/^[((]|[))]$/g, '').replace(/\s*摄$/, '')
    .replace(/[\s\u3000]+/g, ' ').trim();
}

export const SUMMARY = {
  /** A first sentence shorter than this gets the second one too. */
  minFirst: 40,
  /** Summaries are cut at this many characters of clean text. */
  max: 240,
};

const ENDS = new Set(['。', '!', '?', '!', '?']);
const CLOSERS = new Set(['”', '’', '"', '」', ')', ')']);

/** The lead: first sentence, or two when the first is short, in clean coordinates. */
export function leadSpan(clean: string, from: number, to: number): Span {
  let a = from;
  while (a < to && /[\s\u3000]/.test(clean[a])) a++;
  let end = a;
  for (let n = 0; n < 2; n++) {
    let k = end;
    while (k < to && k - a < SUMMARY.max && !ENDS.has(clean[k])) k++;
    if (k < to && ENDS.has(clean[k])) k++;
    while (k < to && CLOSERS.has(clean[k])) k++;
    end = k;
    if (end - a >= SUMMARY.minFirst || end >= to || end - a >= SUMMARY.max) break;
  }
  while (end > a && /[\s\u3000]/.test(clean[end - 1])) end--;
  return { start: a, end };
}
