/**
 * buildReport: report.json — every file read (or skipped, and why), every mention that is not a confident
 * place (unresolved, low-confidence, doubtful, outside, generic, not-a-place) with its context sentence, and counts.
 */
import type { FileReport, Report, ReportedMention } from '../../contract/index.ts';
import { contextSentence } from '../resolve/contextSentence.ts';
import type { FileMentions } from '../types.ts';
import { doubtOf } from './doubtfulMatch.ts';

export function buildReport(files: FileReport[], docs: FileMentions[], extraCounts: Record<string, number> = {}): Report {
  const mentions: ReportedMention[] = [];
  const counts: Record<string, number> = { files: files.length, skipped: files.filter((f) => f.status === 'skipped').length };
  for (const { file, text, mentions: list } of docs) {
    for (const m of list) {
      const doubt = m.status === 'place' ? doubtOf(m) : null;
      const status = doubt ?? m.status;
      counts[`mentions:${status}`] = (counts[`mentions:${status}`] ?? 0) + 1;
      counts.mentions = (counts.mentions ?? 0) + 1;
      if (status === 'place') continue;
      mentions.push({
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
  return { files, mentions, counts: { ...counts, ...extraCounts } };
}
