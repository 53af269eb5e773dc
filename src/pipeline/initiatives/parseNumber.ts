/**
 * Reads Arabic and Chinese numerals at a position of a string, without regular expressions,
 * so that scanning stays linear however long a run of digits is.
 */
import { CharTable } from '../text/charTable.ts';

/** Longest numeral accepted; longer runs are skipped whole (serial numbers, garbage). */
export const MAX_NUMERAL_LENGTH = 15;

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
/** Keyed by char code: the figure scan asks this of every character, and a one-character string per ask was its hottest cost. */
const CN_BIG_UNITS = new Map([['万'.charCodeAt(0), 1e4], ['亿'.charCodeAt(0), 1e8]]);

/** Char codes of Chinese numeral characters, for the hot scanning loop (no string allocation per character). */
const CN_CODES = CharTable.firstOf([...Object.keys(CN_DIGITS), ...Object.keys(CN_SMALL_UNITS)]);

export const isAsciiDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
export const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;
export const isCnNumeralCode = (code: number): boolean => CN_CODES.has(code);
export const isCnNumeralChar = (c: string | undefined): boolean => c !== undefined && CN_CODES.has(c.charCodeAt(0));
/** The multiplier of 万 or 亿 at a char code (NaN past the end gives 0), else 0. */
export const bigUnit = (code: number): number => CN_BIG_UNITS.get(code) ?? 0;

export interface NumeralRun {
  /** Offset one past the numeral. */
  end: number;
  value: number;
  /** True when the run is too long or malformed to be a quantity; the caller skips to `end`. */
  bad: boolean;
}

/** Arabic numeral at `i`: digits, thousands separators and one decimal point (1,200 / 55.91). */
export function readArabic(s: string, i: number): NumeralRun {
  let j = i;
  let digits = '';
  let decimals = -1;
  while (j < s.length) {
    const c = s[j];
    if (isAsciiDigit(c)) { digits += digits.length <= MAX_NUMERAL_LENGTH ? c : ''; if (decimals >= 0) decimals++; j++; continue; }
    const next = s[j + 1];
    if (c === '.' && decimals < 0 && isAsciiDigit(next)) { decimals = 0; j++; continue; }
    if (c === ',' && decimals < 0 && isAsciiDigit(next) && isAsciiDigit(s[j + 2]) && isAsciiDigit(s[j + 3]) && !isAsciiDigit(s[j + 4])) { j++; continue; }
    break;
  }
  const length = j - i;
  if (length > MAX_NUMERAL_LENGTH || digits.length > MAX_NUMERAL_LENGTH) return { end: j, value: NaN, bad: true };
  // Integer arithmetic on the digits avoids 55.91 × 1e8 rounding to 5591000000.000001 later.
  const scale = decimals > 0 ? 10 ** decimals : 1;
  return { end: j, value: Number(digits) / scale, bad: false };
}

/** Chinese numeral at `i` (十, 两, 一百二十, 千); 万/亿 are left to the caller as multipliers. */
export function readChinese(s: string, i: number): NumeralRun {
  let j = i;
  let total = 0;
  let pending = 0;
  let sawDigit = false;
  while (j < s.length && isCnNumeralChar(s[j])) {
    const c = s[j];
    if (c in CN_DIGITS) {
      if (sawDigit) pending = pending * 10 + CN_DIGITS[c]; // 二〇二三 style sequences
      else pending = CN_DIGITS[c];
      sawDigit = true;
    } else {
      const unit = CN_SMALL_UNITS[c];
      total += (sawDigit ? pending : 1) * unit;
      pending = 0;
      sawDigit = false;
    }
    j++;
  }
  const length = j - i;
  if (length > MAX_NUMERAL_LENGTH) return { end: j, value: NaN, bad: true };
  return { end: j, value: total + (sawDigit ? pending : 0), bad: false };
}
