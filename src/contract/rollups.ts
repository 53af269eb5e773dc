/** `rollups.json`: per league and banner, initiatives by category and number of places; types and validator. */
import { collector, isNum, isObj } from './check.ts';
import { CODE } from './code.ts';
import type { CategoryId } from './initiatives.ts';
import type { RegionLevel } from './levels.ts';

/** Per league/banner summary: initiatives by category (descendants included) and number of places. */
export interface Rollup {
  code: string;
  name: string;
  level: RegionLevel;
  initiatives: number;
  byCategory: Partial<Record<CategoryId, number>>;
  places: number;
}

/** Checks a `rollups.json` object keyed by 12-digit code. */
export function validateRollups(data: unknown): string[] {
  const { problems, add } = collector();
  if (!isObj(data)) return ['rollups: not an object'];
  for (const [code, r] of Object.entries(data as Record<string, Rollup>)) {
    if (!CODE.test(code) || !isObj(r) || r.code !== code) { add(`rollups[${code}]`, 'key/code mismatch'); continue; }
    if (!isNum(r.initiatives) || !isNum(r.places) || !isObj(r.byCategory)) add(`rollups[${code}]`, 'counts malformed');
  }
  return problems;
}
