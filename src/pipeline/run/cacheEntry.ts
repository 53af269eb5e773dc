/**
 * One file's contribution to a run, in a form that can be cached on disk or sent from a worker: the report, a compact
 * doc (original text and the map entries mentions need), resolved mentions and the file's initiatives.
 */
import type { FileReport, Initiative } from '../../contract/index.ts';
import type { Geoparser } from '../geoparser.ts';
import { buildInitiatives } from '../initiatives/buildInitiatives.ts';
import { placeIdOf } from '../merge/geocodeMentions.ts';
import { processFile } from './processFile.ts';
import type { Doc, ResolvedMention, SourceFile } from '../types.ts';

export interface FileOutcome {
  report: FileReport;
  doc?: Doc;
  mentions?: ResolvedMention[];
  initiatives: Initiative[];
}

/** Runs every per-file step on one source; never throws (a failure becomes a skipped report). */
export function processOne(gp: Geoparser, source: SourceFile): FileOutcome {
  try {
    const r = processFile(gp, source);
    if (!r.doc || !r.mentions || !r.items) return { report: r.report, initiatives: [] };
    let initiatives: Initiative[] = [];
    // A failure in the initiative steps keeps the file's places and says why in its report.
    try {
      initiatives = buildInitiatives(r.doc, r.items, r.mentions, placeIdOf);
    } catch (err) {
      r.report.message = `initiatives not built: ${(err as Error).message}`;
    }
    return { report: r.report, doc: compactDoc(r.doc, r.mentions), mentions: r.mentions, initiatives };
  } catch (err) {
    return { report: { file: source.file, status: 'skipped', bytes: source.bytes.length, message: `failed: ${(err as Error).message}` }, initiatives: [] };
  }
}

/**
 * Keeps of a processed doc only what the merge needs (original text and the map entries at mention ends), so memory
 * does not hold every page's clean text and full offset map until the run ends.
 */
export function compactDoc(doc: Doc, mentions: ResolvedMention[]): Doc {
  const map: Record<number, number> & { length: number } = { length: doc.map.length };
  for (const m of mentions) for (const i of [m.start, m.end - 1, m.end]) if (i >= 0 && i < doc.map.length) map[i] = doc.map[i];
  return { ...doc, clean: '', map };
}
