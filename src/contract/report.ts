/** `report.json`: every input file as read and every mention not placed with confidence, so nothing is lost silently; types and validator. */
import { checkSpan, collector, isNum, isObj, isStr } from './check.ts';

/** A mention the pipeline could not place, or placed with low confidence, with its context sentence. */
export interface ReportedMention {
  file: string;
  start: number;
  end: number;
  surface: string;
  context: string;
  /** `unresolved`, `low-confidence`, `outside`, `generic`, `not-a-place`. */
  status: string;
  reason: string;
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

export interface Report {
  files: FileReport[];
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
    if (!isObj(m) || !isStr(m.file) || !isStr(m.surface) || !isStr(m.status) || !isStr(m.reason)) return add(w, 'file/surface/status/reason missing');
    checkSpan(add, w, m, 'surface');
  });
  for (const [k, n] of Object.entries(data.counts)) if (!isNum(n)) add(`report.counts.${k}`, 'not a number');
  return problems;
}
