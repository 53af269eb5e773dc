/**
 * buildReport: report.json — every file read (or skipped, and why), every mention that is not a confident
 * place (unresolved, low-confidence, doubtful, outside, generic, not-a-place) with its context sentence, and counts.
 */
import type { FileReport, Report, ReportedMention } from '../contract.ts';
import { contextSentence } from './contextSentence.ts';
import { originalMention, type DocMentions } from './collectPlaces.ts';
import { doubtOf } from './doubtfulMatch.ts';

export function buildReport(files: FileReport[], docs: DocMentions[], extraCounts: Record<string, number> = {}): Report {
  const mentions: ReportedMention[] = [];
  const counts: Record<string, number> = { files: files.length, skipped: files.filter((f) => f.status === 'skipped').length };
  for (const { doc, mentions: list } of docs) {
    for (const m of list) {
      const doubt = m.status === 'place' ? doubtOf(m) : null;
      const status = doubt ?? m.status;
      counts[`mentions:${status}`] = (counts[`mentions:${status}`] ?? 0) + 1;
      counts.mentions = (counts.mentions ?? 0) + 1;
      if (status === 'place') continue;
      const o = originalMention(doc, m);
      mentions.push({
        file: doc.file, start: o.start, end: o.end, surface: o.surface,
        context: contextSentence(doc.text, o.start, o.end),
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
