/**
 * doubtfulMatch: which place resolutions an editor should check, whatever their confidence — a fuzzy or
 * transliteration-variant reading, a short form (alias, bare name, a name several units share) that no chain confirms, the
 * single-candidate fallback — and any place below the low-confidence bar.
 */
import { ruleDoubt, type ReportStatus } from '../../contract/index.ts';
import { PIPELINE_DEFAULTS } from '../defaults.ts';

/** `low-confidence`, `doubtful`, or null when the mention is a confident place. */
export function doubtOf(m: { rule: string; confidence: number }): Extract<ReportStatus, 'low-confidence' | 'doubtful'> | null {
  if (m.confidence < PIPELINE_DEFAULTS.lowConfidence) return 'low-confidence';
  return ruleDoubt(m.rule) ? 'doubtful' : null;
}
