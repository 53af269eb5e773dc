/**
 * Reads Arabic and Chinese numerals at a position of a string, without regular expressions,
 * so that scanning stays linear however long a run of digits is.
 */
import { CharTable } from '../text/charTable.ts';

/** Longest numeral accepted; longer runs are skipped whole (serial numbers, garbage). */
export const MAX_NUMERAL_LENGTH = 15;
/** Most digits an amount is written with in one unbroken run; longer runs are codes, phone or ID numbers (150929104208220). */
const MAX_PLAIN_DIGITS = 10;

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
  /** The upper bound when the numeral is a range (两三百: value 200, high 300), else undefined. */
  high?: number;
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
  const plain = decimals < 0 && length === digits.length;
  if (length > MAX_NUMERAL_LENGTH || digits.length > MAX_NUMERAL_LENGTH || (plain && length > MAX_PLAIN_DIGITS)) return { end: j, value: NaN, bad: true };
  // Integer arithmetic on the digits avoids 55.91 × 1e8 rounding to 5591000000.000001 later.
  const scale = decimals > 0 ? 10 ** decimals : 1;
  return { end: j, value: Number(digits) / scale, bad: false };
}

/**
 * Two digits side by side that Chinese writes for "this or that many" (两三百 200–300, 三四十 30–40, 十七八 17–18,
 * 一两万, 三五户): neighbours, or 三五 (a few).
 */
const isRangePair = (low: number, high: number): boolean => (high === low + 1 && low >= 1) || (low === 3 && high === 5);

/**
 * Chinese numeral at `i` (十, 两, 一百二十, 千, 两三百); 万/亿 are left to the caller as multipliers. Digits side by side
 * are a range when they are a range pair (above), a year's digits when there are three or more (二〇二三); any other
 * pair (八一) is a name or date, not a quantity.
 */
export function readChinese(s: string, i: number): NumeralRun {
  let j = i;
  let low = 0;
  let high = 0;
  let pendingLow = 0;
  let pendingHigh = 0;
  let digitsInGroup = 0;
  let range = false;
  let concatenated = 0;
  while (j < s.length && isCnNumeralChar(s[j])) {
    const c = s[j];
    if (c in CN_DIGITS) {
      const d = CN_DIGITS[c];
      const pairEnds = !(s[j + 1] in CN_DIGITS);
      if (digitsInGroup === 1 && !range && concatenated === 0 && pairEnds && isRangePair(pendingLow, d)) { range = true; pendingHigh = d; }
      else if (digitsInGroup > 0) {
        // 二〇二三 style sequences; after a 零 (一百零五) the digit simply follows it.
        if (pendingLow !== 0) concatenated++;
        pendingLow = pendingLow * 10 + d;
        pendingHigh = pendingLow;
      }
      else { pendingLow = d; pendingHigh = d; }
      digitsInGroup++;
    } else {
      const unit = CN_SMALL_UNITS[c];
      low += (digitsInGroup ? pendingLow : 1) * unit;
      high += (digitsInGroup ? pendingHigh : 1) * unit;
      pendingLow = 0;
      pendingHigh = 0;
      digitsInGroup = 0;
    }
    j++;
  }
  const length = j - i;
  if (length > MAX_NUMERAL_LENGTH || (concatenated === 1 && !range)) return { end: j, value: NaN, bad: true };
  const value = low + pendingLow;
  return range ? { end: j, value, high: high + pendingHigh, bad: false } : { end: j, value, bad: false };
}
