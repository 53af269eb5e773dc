/**
 * The vocabulary of figures: counting units, words that make a number a date/age/duration
 * instead of a quantity, and hedging words. One documented object so a newsroom can tune it.
 */
import { CharTable } from '../text/charTable.ts';
import type { Hedge } from '../../contract/index.ts';

export const FIGURE_WORDS = {
  /** Units that make a number a figure (longest match wins: 人次 before 人). */
  units: [
    '个百分点', '百分点', '平方公里', '平方米', '立方米', '延长米', '公里', '千米', '公顷', '公斤', '千克',
    // Symbols and Latin abbreviations news copy uses for the same measures (500㎡, 12km, 3kg), and power (千瓦).
    '㎡', 'm²', '㎞', 'km', 'kg', '千瓦时', '千瓦', '兆瓦',
    '人次', '场次', '批次', '户次', '件次', '项次', '班次', '架次', '车次', '期次',
    // Livestock as pastoral statistics count it, cattle by the head and sheep by the animal (牲畜存栏300万头只), camels
    // by the hump (骆驼6.5万峰); and people by the mouth (39户109口人), or as a population (3.2万人口的小镇).
    '头只', '峰', '口人', '人口',
    '积分', '美元', '元', '个', '名', '人', '位', '户', '次', '场', '件', '支', '家', '栋', '项', '条', '所',
    '处', '座', '间', '套', '台', '辆', '头', '只', '匹', '株', '棵', '斤', '吨', '份', '本', '册', '篇',
    '张', '轮', '期', '批', '组', '种', '类', '笔', '门', '部', '块', '袋', '箱', '包', '瓶', '盒', '桶', '床', '字', '分', '倍',
    '方面', '亩', '米', '%', '%', '‰',
  ],
  /** Following words that make the number a date, time, age or duration: not a figure. */
  notFigures: [
    '个月', '个小时', '个工作日', '个多月', '个多小时', '个半月', '个半小时', '个星期', '个多星期', '周岁', '岁', '年', '月', '日', '号', '时', '点', '小时', '分钟', '秒',
    '天', '周', '季度', '届', '版', '后', '级', '代', '世纪', '楼', '层', '星',
    // 二人台, the region's folk opera; 三位一体, "three in one".
    '人台', '位一体',
    // A numbered branch (五分场, 二分厂, 三分局): an ordinal name, not so many 分.
    '分场', '分厂', '分局', '分队', '分公司', '分校', '分院', '分中心', '分站', '分所',
  ],
  /**
   * Place names built on a numeral, a 台 or 家 and a landform (八台沟, 三台营, 五家子, 四家堡): after such a unit these
   * make the whole a name, not a count.
   */
  toponymAfter: { units: '台家', landforms: '沟营屯堡梁湾窑井坝滩铺岭洼渠子' },
  /** Hedges written before a number, and what each says (longest first is handled by the matcher). */
  hedgeBefore: {
    将近: 'nearly', 接近: 'nearly', 近: 'nearly', 大约: 'about', 约: 'about', 超过: 'over', 突破: 'over', 超: 'over', 逾: 'over',
    不到: 'under', 不足: 'under', 少于: 'under', 低于: 'under', 至少: 'over', 不少于: 'over', 不低于: 'over', 不超过: 'up-to', 最多: 'up-to', 最高: 'up-to', 最多达: 'up-to', 最高达: 'up-to', 最多达到: 'up-to', 最高达到: 'up-to',
  },
  /** Hedges before Chinese numerals only (数百名 is at least a hundred, 上千人 over a thousand). */
  hedgeBeforeChinese: { 数: 'over', 上: 'over' },
  /** … and before a bare 万 or 亿 only (游客过万, 产值过亿): elsewhere 过 marks a verb (去过两次). */
  hedgeBeforeRound: { 过: 'over' },
  /** Characters that make a one-character hedge part of another word (附近, 最近, 亲近). */
  notHedgeBefore: '附最亲邻靠',
  /** Hedges written right after the numeral (1700余万元) … */
  hedgeInside: { 余: 'over', 多: 'over' },
  /** … or after the unit (5000元左右). */
  hedgeAfter: { 左右: 'about', 上下: 'about', 以上: 'over', 以下: 'under' },
  /** Characters that glue a number into a code or slogan (1+7+N, 5G, A4). */
  codeGlue: '+-—/#*×xX&',
  /** A quotation this short is a name or slogan (“三个在一”, “五共”); numbers in it are not figures. */
  maxSloganQuote: 12,
  /** Longest label taken from the text. */
  maxLabel: 10,
} as const;

/** A set of short tokens with the first and last characters indexed, so most positions are rejected without slicing. */
export interface TokenSet { tokens: ReadonlySet<string>; first: CharTable; last: CharTable; maxLen: number }

function tokenSet(list: readonly string[]): TokenSet {
  return {
    tokens: new Set(list),
    first: CharTable.firstOf(list),
    last: CharTable.lastOf(list),
    maxLen: Math.max(...list.map((t) => t.length)),
  };
}

/** Longest token of `set` starting at `i`. */
export function matchToken(s: string, i: number, set: TokenSet): string {
  if (!set.first.has(s.charCodeAt(i))) return '';
  for (let len = Math.min(set.maxLen, s.length - i); len >= 1; len--) {
    const t = s.slice(i, i + len);
    if (set.tokens.has(t)) return t;
  }
  return '';
}

/** Longest token of `set` ending exactly at `i` (exclusive). */
export function matchTokenBefore(s: string, i: number, set: TokenSet): string {
  if (i < 1 || !set.last.has(s.charCodeAt(i - 1))) return '';
  for (let len = Math.min(set.maxLen, i); len >= 1; len--) {
    const t = s.slice(i - len, i);
    if (set.tokens.has(t)) return t;
  }
  return '';
}

export const UNIT_SET = tokenSet(FIGURE_WORDS.units);
export const NOT_FIGURE_SET = tokenSet(FIGURE_WORDS.notFigures);
export const HEDGE_BEFORE_SET = tokenSet(Object.keys(FIGURE_WORDS.hedgeBefore));
export const HEDGE_AFTER_SET = tokenSet(Object.keys(FIGURE_WORDS.hedgeAfter));

/** Every hedge word, merged once: figures ask for one per hedge found. */
const ALL_HEDGES: Readonly<Record<string, Hedge>> = {
  ...FIGURE_WORDS.hedgeBefore, ...FIGURE_WORDS.hedgeBeforeChinese, ...FIGURE_WORDS.hedgeBeforeRound, ...FIGURE_WORDS.hedgeInside, ...FIGURE_WORDS.hedgeAfter,
};

/** What a hedge word says, whichever side of the number it stands. */
export function hedgeOf(word: string): Hedge {
  const h = ALL_HEDGES[word];
  if (!h) throw new Error(`not a hedge word: ${word}`);
  return h;
}

/** The unit as the output writes it: the Chinese word for a symbol or Latin abbreviation, `%` for the full-width percent. */
const CANONICAL_UNITS: Readonly<Record<string, string>> = { '%': '%', '㎡': '平方米', 'm²': '平方米', '㎞': '公里', km: '公里', kg: '公斤', 口人: '人', 人口: '人' };
export const canonicalUnit = (u: string): string => CANONICAL_UNITS[u] ?? u;
