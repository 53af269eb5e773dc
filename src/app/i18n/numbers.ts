/** Number formatting in each language's habit: 1700万 in Chinese, 17 million in English. */
import type { Figure } from '../../contract/index.ts';
import type { Lang } from '../types.ts';
import { t } from './t.ts';

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
};

export function unitLabel(unit: string, lang: Lang): string {
  if (lang === 'zh') return unit;
  return unit in EN_UNIT_WORDS ? EN_UNIT_WORDS[unit] : unit;
}

/** A figure for display: “约1700万元” / “about 17 million yuan”, “85%”. */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit' | 'approx'>, lang: Lang): string {
  const unit = unitLabel(figure.unit, lang);
  const number = formatNumber(figure.value, lang);
  const glue = lang === 'en' && unit && unit !== '%' ? ' ' : '';
  const value = number + glue + unit;
  return figure.approx ? t('figure.approx', lang, { value }) : value;
}
