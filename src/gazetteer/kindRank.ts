/** Scores of each way a lookup can match; exact written forms outrank stems, stems outrank variants. */
import type { FormKind, UnitLevel } from './types.ts';

export const MATCH_SCORES = {
  official: 1,
  alias: 0.95,
  abbrev: 0.95,
  suffix: 0.9,
  bare: 0.85,
  stem: 0.7,
  variant: 0.6,
  fuzzy: 0.45,
} as const;

export const KIND_ORDER: readonly FormKind[] = ['official', 'alias', 'abbrev', 'suffix', 'bare'];

export const LEVEL_ORDER: readonly UnitLevel[] = ['prefecture', 'county', 'township', 'village'];

/** The level a written suffix implies, used to prefer 镇 units for a query ending in 镇. */
export function levelOfSuffix(suffix: string): UnitLevel | undefined {
  if (/^(盟)$/.test(suffix)) return 'prefecture';
  if (/^(旗|县|区|矿区|管理区|自治旗)$/.test(suffix)) return 'county';
  if (/^(镇|乡|苏木|街道|街道办事处|街道办|街办|办事处)$/.test(suffix)) return 'township';
  if (/(村|嘎查|社区|委员会|居委会|村委)/.test(suffix)) return 'village';
  return undefined;
}
