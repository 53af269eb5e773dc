/**
 * buildReport: report.json — every file read (or skipped, and why), every mention that is not a confident
 * place (unresolved, low-confidence, doubtful, outside, generic, not-a-place) with its context sentence, and counts.
 */
import type { FileReport, Report, ReportedMention } from '../../contract/index.ts';
import { contextSentence } from '../resolve/contextSentence.ts';
import type { FileMentions } from '../types.ts';
import { doubtOf } from './doubtfulMatch.ts';

/** The report built file by file: only the mentions it lists (with their context sentence) are kept. */
export class ReportBuilder<L extends Iterable<ReportedMention> & { push(m: ReportedMention): unknown } = ReportedMention[]> {
  private counts: Record<string, number> = {};
  /** `mentions` receives the listed mentions as they come: an array, or a list on disk for a large run. */
  constructor(private mentions: L) {}

  add({ file, text, mentions: list }: FileMentions): void {
    const counts = this.counts;
    for (const m of list) {
      const doubt = m.status === 'place' ? doubtOf(m) : null;
      const status = doubt ?? m.status;
      counts[`mentions:${status}`] = (counts[`mentions:${status}`] ?? 0) + 1;
      counts.mentions = (counts.mentions ?? 0) + 1;
      if (status === 'place') continue;
      this.mentions.push({
        file, start: m.start, end: m.end, surface: m.surface,
        context: contextSentence(text, m.start, m.end),
        status,
        reason: doubt ? `${m.rule} → ${m.name}` : (m.reason ?? m.rule),
        rule: m.rule,
        code: m.code,
        confidence: m.confidence,
      });
    }
  }

  build(files: FileReport[], extraCounts: Record<string, number> = {}): Omit<Report, 'mentions'> & { mentions: L } {
    const counts = { files: files.length, skipped: files.filter((f) => f.status === 'skipped').length };
    // Key order as written before: files, skipped, then the mention counts in first-seen order.
    return { files, mentions: this.mentions, counts: { ...counts, ...this.counts, ...extraCounts } };
  }
}

export function buildReport(files: FileReport[], docs: FileMentions[], extraCounts: Record<string, number> = {}): Report {
  const b = new ReportBuilder<ReportedMention[]>([]);
  for (const d of docs) b.add(d);
  return b.build(files, extraCounts);
}
