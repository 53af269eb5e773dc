/**
 * The geoparser pipeline, as the ordered list of its steps. Per file: decode → normalise → repair layout →
 * split items → find mentions → resolve → (initiatives); per run: geocode and collect places, roll up, write.
 * I/O happens only in readFolder and writeOutputs; run.ts drives the whole.
 */
import type { FileReport } from '../contract.ts';
import type { Geoparser } from './buildGeoparser.ts';
import { decodeBytes } from './decodeBytes.ts';
import { findMentions } from './findMentions.ts';
import { normaliseText } from './normaliseText.ts';
import { repairLayout } from './repairLayout.ts';
import { resolveMentions } from './resolveMentions.ts';
import { splitItems } from './splitItems.ts';
import type { Doc, ItemSpan, ResolvedMention, SourceFile } from './types.ts';

/** Step names in order, for docs and progress output. */
export const STEPS = [
  'readFolder', 'decodeBytes', 'normaliseText', 'repairLayout', 'splitItems', 'findMentions', 'resolveMentions',
  // ── initiative steps (initiatives helper): classifyItem, extractFigures, extractPeople inside buildInitiatives ──
  'buildInitiatives',
  'geocodeMentions', 'collectPlaces', 'rollup', 'buildReport', 'writeOutputs',
] as const;

export interface FileResult {
  report: FileReport;
  doc?: Doc;
  items?: ItemSpan[];
  mentions?: ResolvedMention[];
}

/** Decodes and cleans one file; a file that cannot be decoded comes back with status `skipped` and the reason. */
export function prepareDoc(source: SourceFile): { doc?: Doc; report: FileReport } {
  const bytes = source.bytes.length;
  const decoded = decodeBytes(source.bytes);
  if (!decoded.ok) return { report: { file: source.file, status: 'skipped', bytes, message: decoded.reason } };
  const clean = repairLayout(normaliseText(decoded.text));
  const doc: Doc = { file: source.file, encoding: decoded.encoding, text: decoded.text, clean: clean.text, map: clean.map };
  const message = decoded.text.trim() === '' ? 'empty file' : undefined;
  return { doc, report: { file: source.file, status: 'ok', encoding: decoded.encoding, bytes, ...(message ? { message } : {}) } };
}

/** Items give the resolver its context; should splitting fail on odd input, the page is one item rather than lost. */
function itemsOf(clean: string): ItemSpan[] {
  try {
    return splitItems(clean);
  } catch {
    return [{ kind: 'article', start: 0, end: clean.length, title: null, byline: null, bodyStart: 0 }];
  }
}

/** The per-file steps: everything up to resolved mentions. */
export function processFile(gp: Geoparser, source: SourceFile): FileResult {
  const { doc, report } = prepareDoc(source);
  if (!doc) return { report };
  const items = itemsOf(doc.clean);
  const raw = findMentions(doc.clean, gp.matcher, gp.commonWords);
  return { report, doc, items, mentions: resolveMentions(gp, doc.clean, items, raw) };
}
