/**
 * Established English names of Inner Mongolia's league- and county-level units (Hohhot, Horqin Right Front Banner),
 * from the reviewed table data/english-names.csv; units below county level keep the pinyin rule.
 */
import TABLE from '../../../data/english-names.csv?raw';

export interface EnglishName {
  code: string;
  zh: string;
  en: string;
  source: string;
}

/** Parses the table: four columns, the last (the source note) may be quoted because it holds commas. */
export function parseEnglishNames(csv: string): EnglishName[] {
  const rows: EnglishName[] = [];
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const m = /^(\d{12}),([^,]+),([^,]+),(.*)$/.exec(line.trim());
    if (m) rows.push({ code: m[1], zh: m[2], en: m[3], source: m[4].replace(/^"(.*)"$/, '$1').replace(/""/g, '"') });
  }
  return rows;
}

export const ENGLISH_NAMES: readonly EnglishName[] = parseEnglishNames(TABLE);
const byCode = new Map(ENGLISH_NAMES.map((r) => [r.code, r.en]));
const byZh = new Map(ENGLISH_NAMES.map((r) => [r.zh, r.en]));

/** The established English name of a unit, by code or by its full Chinese name; undefined below county level. */
export function englishName(codeOrZh: string): string | undefined {
  return byCode.get(codeOrZh) ?? byZh.get(codeOrZh);
}
