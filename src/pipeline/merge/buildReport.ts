/**
 * buildReport: report.json — every file read (or skipped, and why), every mention that is not a confident
 * place (unresolved, low-confidence, doubtful, outside, generic, not-a-place) with its context sentence, and counts.
 */
import type { FileReport, Report, ReportedMention } from '../../contract/index.ts';
import { contextSentence } from '../resolve/contextSentence.ts';
import type { FileMentions } from '../types.ts';
import { doubtOf } from './doubtfulMatch.ts';

/** A list the builder appends to: an array, or a list on disk for a large run. */
type List<T> = Iterable<T> & { push(item: T): unknown };

/** The report built file by file: only the file lines and the mentions it lists (with their context sentence) are kept. */
export class ReportBuilder<L extends List<ReportedMention> = ReportedMention[], F extends List<FileReport> = FileReport[]> {
  private counts: Record<string, number> = {};
  private fileCount = 0;
  private skipped = 0;
  /** `mentions` and `files` receive the report's lines as they come. */
  constructor(private mentions: L, private files: F) {}

  addFile(f: FileReport): void {
    this.files.push(f);
    this.fileCount++;
    if (f.status === 'skipped') this.skipped++;
  }

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

  /** The report: the files not read at all (`before`, listed first), then every file added, the mentions and the counts. */
  build(before: FileReport[] = [], extraCounts: Record<string, number> = {}): Omit<Report, 'files' | 'mentions'> & { files: Iterable<FileReport>; mentions: L } {
    const counts = { files: before.length + this.fileCount, skipped: before.filter((f) => f.status === 'skipped').length + this.skipped };
    const files = this.files;
    // Key order as written before: files, skipped, then the mention counts in first-seen order.
    return { files: (function* () { yield* before; yield* files; })(), mentions: this.mentions, counts: { ...counts, ...this.counts, ...extraCounts } };
  }
}

export function buildReport(files: FileReport[], docs: FileMentions[], extraCounts: Record<string, number> = {}): Report {
  const b = new ReportBuilder<ReportedMention[], FileReport[]>([], []);
  for (const f of files) b.addFile(f);
  for (const d of docs) b.add(d);
  const r = b.build([], extraCounts);
  return { ...r, files: [...r.files] };
}
