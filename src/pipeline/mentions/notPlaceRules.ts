/**
 * notPlaceRules: general rules for a place name that is part of something else — an organisation named after
 * its place (…日报, …集团, …大学, …牧骑) or a brand/slogan in quotes whose name carries no unit suffix (“颐养乌海”).
 */
import { stemOf } from '../../gazetteer/index.ts';

/** Words that make a preceding place name part of an organisation's name. */
export const ORGANISATION_WORDS = [
  '日报', '晚报', '报社', '电视台', '广播电视台', '融媒体', '新闻网', '党建网', '集团', '公司', '大学', '学院',
  '牧骑', '银行', '商会', '协会', '足球队', '篮球队',
];
const QUOTES: Record<string, string> = { '“': '”', '‘': '’', '"': '"', '「': '」', '《': '》' };
/** A quoted brand or slogan is short; a longer quotation is speech. */
const MAX_QUOTED = 8;

export function organisationAfter(clean: string, end: number): string | null {
  for (const w of ORGANISATION_WORDS) if (clean.startsWith(w, end)) return w;
  return null;
}

/** True when the name (without unit suffix) stands in a short quoted phrase with other words (“颐养乌海”). */
export function insideQuotedBrand(clean: string, start: number, end: number): boolean {
  const surface = clean.slice(start, end);
  if (stemOf(surface) !== surface) return false;
  let open = -1;
  for (let k = start - 1; k >= Math.max(0, start - MAX_QUOTED); k--) {
    if (QUOTES[clean[k]]) { open = k; break; }
    if (/[\s,，。;；!?！？]/u.test(clean[k])) return false;
  }
  if (open < 0) return false;
  const close = clean.indexOf(QUOTES[clean[open]], end);
  if (close < 0 || close - open - 1 > MAX_QUOTED) return false;
  return close - open - 1 > end - start && !/[\s,，。;；]/u.test(clean.slice(end, close));
}
