/**
 * Finds the quantitative figures of a span of clean text (30名, 1.1万余条, 55.91亿元, 9.7%, 十余项, 近千名),
 * each with its exact span, value after multipliers, unit, hedge and label.
 * One left-to-right scan with bounded look-around: time is linear in the span length.
 */
import type { FigureSpan, Span } from '../types.ts';
import { bigUnit, isCnNumeralCode, isDigitCode, readArabic, readChinese, type NumeralRun } from './parseNumber.ts';
import type { Hedge } from '../../contract/index.ts';
import {
  FIGURE_WORDS, HEDGE_AFTER_SET, HEDGE_BEFORE_SET, NOT_FIGURE_SET, UNIT_SET, canonicalUnit, hedgeOf, matchToken, matchTokenBefore,
} from './extractFiguresUnits.ts';
import { sloganMask } from './extractFiguresQuotes.ts';
import { labelAfter, labelBefore } from './extractFiguresLabel.ts';

const isLetter = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);
const isGlue = (c: string | undefined): boolean => c !== undefined && FIGURE_WORDS.codeGlue.includes(c);
const hedges = (c: string | undefined): boolean => c !== undefined && c in FIGURE_WORDS.hedgeInside;
const isToponym = (unit: string, next: string | undefined): boolean =>
  next !== undefined && FIGURE_WORDS.toponymAfter.units.includes(unit) && FIGURE_WORDS.toponymAfter.landforms.includes(next);
/**
 * 亩: a bare 十, 百, 千 or 万 before it gives the scale of the land (万亩草场, 千亩果园, 百亩示范田), a figure; before other
 * units a bare one is as often an idiom (千头万绪, 万人空巷, 百家宴).
 */
const LAND_UNIT = '亩'.charCodeAt(0);

export function extractFigures(clean: string, span: Span): FigureSpan[] {
  const from = Math.max(0, span.start);
  const to = Math.min(clean.length, span.end);
  const inSlogan = sloganMask(clean, from, to);
  const out: FigureSpan[] = [];
  let i = from;
  while (i < to) {
    const code = clean.charCodeAt(i);
    const arabic = isDigitCode(code);
    // 上万名, 近万人, 超万人次: 万 or 亿 right after a hedge stands for one of it; so does one before 余 or 多 (万余人次,
    // its unit still required) and 万 before 亩 (万亩草场).
    const bare = !arabic && bigUnit(code) > 0
      && (hedgeBefore(clean, i, false, from) !== '' || hedges(clean[i + 1]) || clean.charCodeAt(i + 1) === LAND_UNIT);
    if (!arabic && !bare && !isCnNumeralCode(code)) { i++; continue; }
    const run: Numeral = bare ? { end: i, value: 1, bad: false } : readNumeral(clean, i, arabic);
    const next = Math.max(run.end, i + 1);
    const fig = run.bad ? null : readFigure(clean, i, (!bare && joinedRange(clean, run, arabic)) || run, arabic, to, from, inSlogan);
    const got = fig && (rangeWithUnits(clean, fig, to, from, inSlogan) ?? fig);
    if (got) out.push(got);
    i = got ? Math.max(got.end, next) : next;
  }
  return out;
}

/** The numeral at `i`, in the script its first character is. */
const readNumeral = (s: string, i: number, arabic: boolean): NumeralRun => (arabic ? readArabic(s, i) : readChinese(s, i));

/** A numeral, or a range of two (6-10个): for a range whose first number has its own 万 or 亿 (3万至5万元), that multiplier. */
type Numeral = NumeralRun & { lowScale?: number };

/** Characters joining the two bounds of a range written as two numbers (6-10个, 20~30人, 3至5万元, 三到五人). */
const RANGE_JOINERS = '-~～—–－至到';

/**
 * A range written as two numbers of one script joined by a joiner, the first with no unit of its own (3万至5万元 keeps
 * its 万); null for anything else, a date (2023-05-06) included.
 */
function joinedRange(s: string, run: NumeralRun, arabic: boolean): Numeral | null {
  if (run.high !== undefined) return null;
  let j = run.end;
  let lowScale = 1;
  for (let k = 0; k < 2 && bigUnit(s.charCodeAt(j)); k++) { lowScale *= bigUnit(s.charCodeAt(j)); j++; }
  if (!RANGE_JOINERS.includes(s[j] ?? '\n')) return null;
  const code = s.charCodeAt(j + 1);
  if (arabic ? !isDigitCode(code) : !isCnNumeralCode(code)) return null;
  const second = readNumeral(s, j + 1, arabic);
  if (second.bad || second.high !== undefined || (arabic && (isGlue(s[second.end]) || s[second.end] === '.'))) return null;
  return { end: second.end, value: run.value, high: second.value, lowScale, bad: false };
}

/**
 * A range written with its unit on both bounds (每亩增收200元至300元, 3万元—5万元): one figure from the first to the second,
 * when the second has the same unit, is higher, and neither is a range or hedged on its own; but 从3000元到5000元 and
 * 由…到… tell a change, not a range.
 */
function rangeWithUnits(s: string, low: FigureSpan, limit: number, floor: number, inSlogan: (i: number) => boolean): FigureSpan | null {
  if (low.high !== undefined || low.hedge !== null || !RANGE_JOINERS.includes(s[low.end] ?? '\n')) return null;
  if (FROM_BEFORE.test(s.slice(Math.max(floor, low.start - 12), low.start))) return null;
  const at = low.end + 1;
  const arabic = isDigitCode(s.charCodeAt(at));
  if (!arabic && !isCnNumeralCode(s.charCodeAt(at))) return null;
  const run = readNumeral(s, at, arabic);
  const high = run.bad ? null : readFigure(s, at, run, arabic, limit, floor, inSlogan);
  if (!high || high.start !== at || high.unit !== low.unit || high.high !== undefined || high.hedge !== null || !(high.value > low.value)) return null;
  return { ...low, end: high.end, high: high.value, approx: true, hedge: 'range', label: low.label || high.label };
}

/** 从 or 由 before a number in its clause: where a change starts (人均收入从3000元增加到5000元). */
const FROM_BEFORE = /[从由][^，,。；;：:]*$/;

function readFigure(
  s: string, numStart: number, num: Numeral, arabic: boolean, limit: number, floor: number, inSlogan: (i: number) => boolean,
): FigureSpan | null {
  const numEnd = num.end;
  const before = s[numStart - 1];
  // Glue before the number makes it part of a code (1+7+N, 2023-5), except a + joining counted items (1个中心+12个站点).
  const joined = before === '+';
  // 第三 is an ordinal; 每十万人 (发案率), 每百户 a rate's denominator, not a count.
  if (before === '第' || before === '每' || isGlue(before) && !joined || isLetter(before) || inSlogan(numStart)) return null;
  if (s.slice(numStart - 3, numStart) === '百分之') return num.high === undefined ? percentWords(s, numStart, numEnd, num.value, floor) : null;
  let j = numEnd;
  let scale = 1;
  let hedge: Hedge | null = num.high !== undefined ? 'range' : null;
  let multiplied = false;
  if (arabic && isGlue(s[j])) return null;
  // A letter after the number makes it a code (5G), unless it spells a unit that ends there (12km).
  if (isLetter(s[j])) { const latin = matchToken(s, j, UNIT_SET); if (!latin || isLetter(s[j + latin.length])) return null; }
  if (!hedge && hedges(s[j])) { hedge = hedgeOf(s[j]); j++; }
  for (let k = 0; k < 2 && bigUnit(s.charCodeAt(j)); k++) { scale *= bigUnit(s.charCodeAt(j)); multiplied = true; j++; }
  // 一万四千多公里, 一亿两千万元, 一万五: the numeral goes on below its 万 or 亿, one number, not two.
  let below = 0;
  if (!arabic && multiplied && num.high === undefined && isCnNumeralCode(s.charCodeAt(j))) {
    const rest = readChinese(s, j);
    const restBig = bigUnit(s.charCodeAt(rest.end));
    // A lone digit after 万 counts thousands (一万五 is 15000), as after any unit word in speech.
    const restScale = restBig || (rest.end === j + 1 ? scale / 10 : 1);
    if (!rest.bad && rest.high === undefined && rest.value * restScale < scale) {
      below = rest.value * restScale;
      j = rest.end + (restBig ? 1 : 0);
    }
  }
  if (!hedge && hedges(s[j]) && multiplied) { hedge = hedgeOf(s[j]); j++; }
  const value = num.value * ((num.lowScale ?? 1) > 1 ? num.lowScale! : scale) + below;
  const high = num.high === undefined ? undefined : num.high * scale;
  // 2023-5 and 5至3: a second number not above the first is a code or a date, not a range.
  if (high !== undefined && !(high > value)) return null;
  // 10万+人次, 阅读量10万+: web copy's plus after a round number means "over".
  if (!hedge && multiplied && s[j] === '+') { hedge = 'over'; j++; }
  if (j > limit) return null;
  const unit = matchToken(s, j, UNIT_SET);
  const notFigure = matchToken(s, j, NOT_FIGURE_SET);
  if (notFigure && notFigure.length >= unit.length) return null;
  // A bare 万 needs its unit (上万名): without one it is likelier a word (马上万众一心); so does a number after +.
  if (!unit && (!multiplied || numEnd === numStart || joined)) return null;
  // 千万工程, 百万雄师, 十万火急: a round word with no count before it and no unit is a name or an idiom, not a number.
  if (!unit && !arabic && /^[十百千]$/.test(s.slice(numStart, numEnd))) return null;
  // 三点五分 is a time and 三分之一 a fraction, not three 分.
  if (unit === '分' && (before === '点' || before === '时' || s[j + 1] === '之')) return null;
  // 大耗来沟村二组, 富强嘎查三组: a villagers' group's name, not so many groups.
  if (unit === '组' && before !== undefined && '村查屯社'.includes(before)) return null;
  if (!arabic && isToponym(unit, s[j + unit.length])) return null;
  j += unit.length;
  if (j > limit) return null;
  // A range keeps its own hedge: 约三四十人 is still thirty to forty.
  const prefix = high === undefined ? hedgeBefore(s, numStart, arabic, floor) : '';
  const start = numStart - prefix.length;
  // 近30余万人次: the 余 or 多 written with the numeral binds tighter than a word before it, and says what the number is.
  if (prefix) hedge ??= hedgeOf(prefix);
  if (!arabic && !multiplied && !acceptChinese(s, numStart, numEnd, hedge !== null)) return null;
  const suffix = matchToken(s, j, HEDGE_AFTER_SET);
  if (suffix && j + suffix.length <= limit) { hedge ??= hedgeOf(suffix); j += suffix.length; }
  const label = labelAfter(s, j, limit) || labelBefore(s, start, floor);
  const bounds = high === undefined ? {} : { high: tidy(high) };
  return { start, end: j, value: tidy(value), ...bounds, unit: canonicalUnit(unit), approx: hedge !== null, hedge, label };
}

/** The hedge written before the number (近千名, 超150人次, 数百名), or '' when there is none. */
function hedgeBefore(s: string, numStart: number, arabic: boolean, floor: number): string {
  const one = s[numStart - 1];
  const prefix = matchTokenBefore(s, numStart, HEDGE_BEFORE_SET)
    || (!arabic && (one in FIGURE_WORDS.hedgeBeforeChinese || (one in FIGURE_WORDS.hedgeBeforeRound && bigUnit(s.charCodeAt(numStart)) > 0)) ? one : '');
  const start = numStart - prefix.length;
  // 附近2个小区, 最近3年: 近 belongs to another word there.
  if (!prefix || start < floor || (prefix.length === 1 && FIGURE_WORDS.notHedgeBefore.includes(s[start - 1]))) return '';
  return prefix;
}

/** Chinese numerals are figures only when unambiguous: not a lone 一 (一名党员就是一面旗帜), not a bare 百/千 (百家宴) unless hedged (近千名) or before 亩 (千亩果园). */
function acceptChinese(s: string, numStart: number, numEnd: number, approx: boolean): boolean {
  const text = s.slice(numStart, numEnd);
  // 一 alone is mostly "a" or "one whole"; 零 alone is a word (零部件, 零投诉, 零距离), never a count of nothing.
  if (text === '一' || text === '零') return false;
  if (text.length === 1 && '十百千'.includes(text)) return approx || s.charCodeAt(numEnd) === LAND_UNIT;
  return true;
}

function percentWords(s: string, numStart: number, numEnd: number, value: number, floor: number): FigureSpan | null {
  const start = numStart - 3;
  if (start < floor) return null;
  return { start, end: numEnd, value, unit: '%', approx: false, hedge: null, label: labelAfter(s, numEnd, numEnd + FIGURE_WORDS.maxLabel) || labelBefore(s, start, floor) };
}

/**
 * Removes binary noise from decimal arithmetic (1.1 × 10000 = 11000.000000000002, 273.15 × 1e8 = 27314999999.999996):
 * no numeral carries more than 15 significant digits, so rounding to 15 keeps every one.
 */
const tidy = (v: number): number => Number(v.toPrecision(15));
