/**
 * Byline spans that sit inside a block: a photo's credit (“… 本报记者 王皓 摄”)
 * and a brief's author in brackets at its end (“…(本报记者 宋爽)”).
 */
import type { Span } from '../types.ts';
import type { Block } from './splitItemsBlocks.ts';

const SENTENCE_END = /[。!?!?…”"]/;
const SPACE = /[\s\u3000]/;
const MAX_CREDIT = 24;

function trimmed(s: string, a: number, z: number): Span | null {
  while (a < z && SPACE.test(s[a])) a++;
  while (z > a && SPACE.test(s[z - 1])) z--;
  return z > a ? { start: a, end: z } : null;
}

/** The names before 摄 at the end of a caption, after its last sentence. */
export function creditSpan(clean: string, b: Block): Span | null {
  let z = b.end;
  if (clean[z - 1] === ')' || clean[z - 1] === ')') z--;
  if (clean.slice(z - 2, z) === '摄影') z--;
  if (clean[z - 1] !== '摄') return null;
  z--;
  if (clean[z - 1] === '/') z--;
  let a = z;
  while (a > b.start && z - a < MAX_CREDIT && !SENTENCE_END.test(clean[a - 1])) a--;
  if (clean[a] === '(' || clean[a] === '(') a++;
  return trimmed(clean, a, z);
}

/** The bracketed author closing a brief, when the brackets hold a short name list rather than a sentence. */
export function parenByline(clean: string, b: Block): Span | null {
  const close = clean[b.end - 1];
  if (close !== ')' && close !== ')') return null;
  let a = b.end - 2;
  while (a > b.start && b.end - a < MAX_CREDIT + 2 && clean[a] !== '(' && clean[a] !== '(') a--;
  if (clean[a] !== '(' && clean[a] !== '(') return null;
  const inner = clean.slice(a + 1, b.end - 1);
  if (/[。,,;;:]/.test(inner)) return null;
  return trimmed(clean, a + 1, b.end - 1);
}
