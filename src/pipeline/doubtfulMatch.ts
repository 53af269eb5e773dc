/**
 * doubtfulMatch: which place resolutions an editor should check, whatever their confidence — a fuzzy or
 * transliteration-variant reading, a short form (alias, abbreviation, bare name) that no chain confirms, the
 * single-candidate fallback — and any place below the low-confidence bar.
 */
import type { ReportStatus } from '../contract.ts';
import { PIPELINE_DEFAULTS } from './defaults.ts';

/** Rules that read a name other than as written in full: fuzzy and variant readings, the one-candidate fallback. */
const GUESSED = /fuzzy|variant|unique/;
/** A short form written (exact+alias, context+bare); a chain link (chain+abbrev) is confirmed by the link before it. */
const SHORT = /\+(alias|abbrev|bare)\b/;

/** `low-confidence`, `doubtful`, or null when the mention is a confident place. */
export function doubtOf(m: { rule: string; confidence: number }): Extract<ReportStatus, 'low-confidence' | 'doubtful'> | null {
  if (m.confidence < PIPELINE_DEFAULTS.lowConfidence) return 'low-confidence';
  if (GUESSED.test(m.rule) || (SHORT.test(m.rule) && !m.rule.startsWith('chain'))) return 'doubtful';
  return null;
}
