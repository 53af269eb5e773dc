/** `report.json`: every input file as read and every mention not placed with confidence, so nothing is lost silently; types and validator. */
import { checkSpan, collector, isNum, isObj, isStr } from './check.ts';

/**
 * Status of a reported mention: `low-confidence` and `doubtful` are places on the map that an editor should check
 * (below the confidence bar; read by a fuzzy, variant, short-form or single-candidate rule); the others are not mapped.
 */
export type ReportStatus = 'unresolved' | 'low-confidence' | 'doubtful' | 'outside' | 'generic' | 'not-a-place';
export const REPORT_STATUSES: readonly ReportStatus[] = ['unresolved', 'low-confidence', 'doubtful', 'outside', 'generic', 'not-a-place'];

/** Why a resolution rule is a guess: a fuzzy or variant reading, a short form no chain confirms, or the lone unit of that name. */
export type RuleDoubt = 'fuzzy' | 'short' | 'lone';

/** What a rule name (Mention.rule) says about doubt: `chain+…` links are confirmed by the link before, unless fuzzy. */
export function ruleDoubt(rule: string): RuleDoubt | null {
  if (/fuzzy|variant/.test(rule)) return 'fuzzy';
  if (/\bunique\b/.test(rule)) return 'lone';
  // A rule-made abbreviation (科右前旗, 鄂前旗, 满族屯乡) names one unit by construction (the gazetteer tests hold every
  // one unambiguous), as a full name does; an alias or a bare name may be a word or another thing until a chain confirms it.
  if (/\+(alias|bare|shared)\b/.test(rule) && !rule.startsWith('chain')) return 'short';
  return null;
}

/** A mention the pipeline could not place, or placed with doubt, with its context sentence. */
export interface ReportedMention {
  file: string;
  start: number;
  end: number;
  surface: string;
  context: string;
  status: ReportStatus;
  reason: string;
  /** The rule that resolved it (or the status, when no rule applied). */
  rule: string;
  /** Resolved code, when there is one. */
  code?: string | null;
  confidence?: number;
}

/** One input file as the pipeline read it. */
export interface FileReport {
  file: string;
  status: 'ok' | 'skipped';
  encoding?: string;
  bytes: number;
  message?: string;
}

/** A row of an archive (CSV, JSON Lines or a folder's articles.csv) that was skipped or had a field dropped, and why. */
export interface RowProblem {
  /** 1-based data row (header not counted); for a JSON Lines file, the line. */
  row: number;
  /** The row's id (its `id`, `file`, or row number). */
  id: string;
  field: 'text' | 'date' | 'url' | 'id' | 'file' | 'row';
  message: string;
}

export interface Report {
  files: FileReport[];
  /** Archive rows with problems; absent for a plain folder of .txt files without articles.csv. */
  rows?: RowProblem[];
  mentions: ReportedMention[];
  counts: Record<string, number>;
}

/** Checks a `report.json` object. */
export function validateReport(data: unknown): string[] {
  const { problems, add } = collector();
  if (!isObj(data) || !Array.isArray(data.files) || !Array.isArray(data.mentions) || !isObj(data.counts)) {
    return ['report: files, mentions and counts missing'];
  }
  (data.files as unknown[]).forEach((f, i) => {
    if (!isObj(f) || !isStr(f.file) || (f.status !== 'ok' && f.status !== 'skipped') || !isNum(f.bytes)) add(`report.files[${i}]`, 'file/status/bytes malformed');
  });
  (data.mentions as unknown[]).forEach((m, i) => {
    const w = `report.mentions[${i}]`;
    if (!isObj(m) || !isStr(m.file) || !isStr(m.surface) || !isStr(m.context) || !isStr(m.reason) || !isStr(m.rule)) return add(w, 'file/surface/context/reason/rule missing');
    if (!REPORT_STATUSES.includes(m.status as ReportStatus)) add(w, `bad status ${String(m.status)}`);
    if (m.confidence !== undefined && (!isNum(m.confidence) || m.confidence < 0 || m.confidence > 1)) add(w, 'confidence must be in 0..1');
    checkSpan(add, w, m, 'surface');
  });
  if (data.rows !== undefined) {
    if (!Array.isArray(data.rows)) add('report.rows', 'not an array');
    else (data.rows as unknown[]).forEach((r, i) => {
      if (!isObj(r) || !isNum(r.row) || !isStr(r.id) || !isStr(r.field) || !isStr(r.message)) add(`report.rows[${i}]`, 'row/id/field/message malformed');
    });
  }
  for (const [k, n] of Object.entries(data.counts)) if (!isNum(n)) add(`report.counts.${k}`, 'not a number');
  return problems;
}
