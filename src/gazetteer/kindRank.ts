/** Scores of each way a lookup can match; exact written forms outrank stems, stems outrank variants. */
import type { FormKind } from './types.ts';

export const MATCH_SCORES = {
  official: 1,
  alias: 0.95,
  abbrev: 0.95,
  suffix: 0.9,
  bare: 0.85,
  shared: 0.8,
  stem: 0.7,
  variant: 0.6,
  fuzzy: 0.45,
} as const;

export const KIND_ORDER: readonly FormKind[] = ['official', 'alias', 'abbrev', 'suffix', 'bare', 'shared'];
