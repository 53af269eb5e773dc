/**
 * One file's contribution to a run, in a form that can be cached on disk or sent from a worker: the report, the
 * original text, the resolved mentions already in original-text offsets, and the file's initiatives.
 */
import type { FileReport, Initiative } from '../../contract/index.ts';
import type { Geoparser } from '../geoparser.ts';
import { buildInitiatives } from '../initiatives/buildInitiatives.ts';
import { placeIdOf } from '../merge/geocodeMentions.ts';
import { toOriginal } from '../text/mapped.ts';
import { processFile } from './processFile.ts';
import type { Correction } from '../resolve/index.ts';
import type { Doc, FileMention, ResolvedMention, SourceFile } from '../types.ts';

export interface FileOutcome {
  report: FileReport;
  /** The decoded original text (for sources/ and report contexts); absent for a skipped file. */
  text?: string;
  mentions?: FileMention[];
  initiatives: Initiative[];
}

/** Runs every per-file step on one source; never throws (a failure becomes a skipped report). */
export function processOne(gp: Geoparser, source: SourceFile, corrections: Correction[] = []): FileOutcome {
  try {
    const r = processFile(gp, source, corrections);
    if (!r.doc || !r.mentions || !r.items) return { report: r.report, initiatives: [] };
    let initiatives: Initiative[] = [];
    // A failure in the initiative steps keeps the file's places and says why in its report.
    try {
      initiatives = buildInitiatives(r.doc, r.items, r.mentions, placeIdOf, gp.lexicon);
    } catch (err) {
      r.report.message = `initiatives not built: ${(err as Error).message}`;
    }
    const doc = r.doc;
    return { report: r.report, text: doc.text, mentions: r.mentions.map((m) => fileMention(doc, m)), initiatives };
  } catch (err) {
    return { report: { file: source.file, status: 'skipped', bytes: source.bytes.length, message: `failed: ${(err as Error).message}` }, initiatives: [] };
  }
}

/** A resolved mention moved to the original text: its span through the doc's map, its surface as written there. */
export function fileMention(doc: Doc, m: ResolvedMention): FileMention {
  const { start, end } = toOriginal(doc.map, m.start, m.end);
  return {
    start, end, surface: doc.text.slice(start, end), status: m.status, code: m.code, parentCode: m.parentCode, name: m.name,
    level: m.level, confidence: m.confidence, rule: m.rule, ...(m.reason !== undefined ? { reason: m.reason } : {}),
  };
}
