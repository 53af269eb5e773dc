/** Number formatting in each language's habit: 1700万 in Chinese, 17 million in English. */
import type { Figure, Hedge } from '../../contract/index.ts';
import type { Lang } from '../types.ts';

/** Trims a fixed-point string: `12.30` → `12.3`, `5.00` → `5`. */
function trimmed(x: number, decimals: number): string {
  const s = x.toFixed(decimals);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/** About three significant digits for a scaled value (1.23, 12.3, 123, 1700). */
function scaled(x: number): string {
  return trimmed(x, x >= 100 ? 0 : x >= 10 ? 1 : 2);
}

const ZH_UNITS: [number, string][] = [
  [1e8, '亿'],
  [1e4, '万'],
];
const EN_UNITS: [number, string][] = [
  [1e12, ' trillion'],
  [1e9, ' billion'],
  [1e6, ' million'],
];

/** 17000000 → “1700万” (zh) or “17 million” (en); small numbers keep up to two decimals. */
export function formatNumber(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return String(value);
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  for (const [size, word] of lang === 'zh' ? ZH_UNITS : EN_UNITS) {
    // Only switch to the larger unit when it reads better than the plain number (≥ 1 of that unit).
    if (abs >= size) return sign + scaled(abs / size) + word;
  }
  if (lang === 'en') return sign + new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(abs);
  return sign + trimmed(abs, 2);
}

/** English words for common base units in the figures; other units are shown as written. */
const EN_UNIT_WORDS: Record<string, string> = {
  元: 'yuan', 名: 'people', 人: 'people', 人次: 'person-times', 户: 'households', 亩: 'mu',
  个: '', 家: '', 所: '', 座: '', 支: 'teams', 项: 'items', 件: 'items', 次: 'times', 场: 'sessions',
  处: 'sites', 套: 'sets', 台: 'units', 吨: 'tonnes', 公里: 'km', 千米: 'km', 米: 'm', 平方米: 'm²',
  公顷: 'ha', 头: 'head', 只: 'head', 天: 'days', 年: 'years', 小时: 'hours', 岁: 'years old',
  栋: 'buildings', 间: 'rooms', 条: 'items', 位: 'people', 斤: 'jin', 公斤: 'kg', 千克: 'kg', 平方公里: 'km²', 立方米: 'm³',
  辆: 'vehicles', 株: 'plants', 棵: 'trees', 份: 'copies', 期: 'sessions', 批: 'batches', 轮: 'rounds', 种: 'kinds',
  类: 'kinds', 积分: 'points', 分: 'points', 倍: '×', 百分点: 'percentage points', 个百分点: 'percentage points', 匹: 'head',
  美元: 'US dollars', 户次: 'household-visits', 场次: 'sessions', 批次: 'batches', 篇: 'articles', 本: 'books', 册: 'volumes',
  组: 'groups', 延长米: 'm', 字: 'characters', 方面: 'areas', 峰: 'camels',
};

export function unitLabel(unit: string, lang: Lang): string {
  if (lang === 'zh') return unit;
  return unit in EN_UNIT_WORDS ? EN_UNIT_WORDS[unit] : unit;
}

/** English words for each hedge but a range, which shows both its bounds; Chinese shows the figure as the text writes it. */
const EN_HEDGES: Record<Exclude<Hedge, 'range'>, string> = { about: 'about', over: 'over', nearly: 'nearly', under: 'under', 'up-to': 'up to' };

/** A figure for display: “1700余万元” as written (zh) or “over 17 million yuan” (en), “200–300 yuan”, “85%”. */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit' | 'text' | 'high'> & { hedge?: Figure['hedge'] }, lang: Lang): string {
  if (lang === 'zh') return figure.text;
  const unit = unitLabel(figure.unit, lang);
  const glue = unit && unit !== '%' ? ' ' : '';
  const { hedge, high } = figure;
  const number = formatNumber(figure.value, lang) + (hedge === 'range' && high !== undefined ? `–${formatNumber(high, lang)}` : '');
  const value = number + glue + unit;
  return hedge && hedge !== 'range' ? `${EN_HEDGES[hedge]} ${value}` : value;
}
