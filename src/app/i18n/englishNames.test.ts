import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDivision } from '../../gazetteer/readDivision.ts';
import { GAZETTEER_DEFAULTS } from '../../gazetteer/config.ts';
import { ENGLISH_NAMES, englishName, parseEnglishNames } from './englishNames.ts';
import { englishPlaceName } from './pinyinName.ts';
import { loadPlaceNames, placeName, registerUnitForms } from './placeName.ts';
import { units } from '../search/testFixture.ts';

const division = readDivision(GAZETTEER_DEFAULTS.divisionDir, GAZETTEER_DEFAULTS.provincePrefix)
  .filter((u) => u.level === 'prefecture' || u.level === 'county');

describe('data/english-names.csv', () => {
  it('covers every league- and county-level unit of the gazetteer exactly once, under its official Chinese name', () => {
    const codes = ENGLISH_NAMES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(division.map((u) => u.code).sort());
    const zh = new Map(division.map((u) => [u.code, u.name]));
    for (const r of ENGLISH_NAMES) expect(r.zh, r.code).toBe(zh.get(r.code));
    expect(division.filter((u) => u.level === 'prefecture')).toHaveLength(12);
  });

  it('gives every row an English name in Latin letters and a source note', () => {
    for (const r of ENGLISH_NAMES) {
      expect(r.en, r.code).toMatch(/^[A-Z][A-Za-z' -]+$/);
      expect(r.source.length, r.code).toBeGreaterThan(20);
    }
    // Each line of the file is one row: nothing was lost to a stray comma or quote.
    const lines = readFileSync(new URL('../../../data/english-names.csv', import.meta.url), 'utf8').trim().split('\n');
    expect(ENGLISH_NAMES).toHaveLength(lines.length - 1);
  });

  it('parses quoted source notes that hold commas', () => {
    expect(parseEnglishNames('code,name_zh,name_en,source\n150100000000,呼和浩特市,Hohhot,"a, b ""c"""')[0].source).toBe('a, b "c"');
  });

  it('uses the names readers know', () => {
    expect(englishName('150100000000')).toBe('Hohhot');
    expect(englishName('科尔沁右翼前旗')).toBe('Horqin Right Front Banner');
    expect(englishName('阿鲁科尔沁旗')).toBe('Ar Horqin Banner');
    expect(englishName('兴安盟')).toBe('Hinggan League');
    expect(englishName('星耀镇')).toBeUndefined();
  });
});

describe('English place names', () => {
  it('takes the table for leagues and banners and pinyin with a translated unit word below', () => {
    expect(englishPlaceName('鄂尔多斯市')).toBe('Ordos');
    expect(englishPlaceName('152221000000')).toBe('Horqin Right Front Banner');
    expect(englishPlaceName('星耀镇')).toBe('Xingyao Town');
    expect(englishPlaceName('巴彦嘎查')).toBe('Bayan Gacha');
  });

  it('names short forms such as 科右前旗 by their unit once the forms are registered, but not a township of that name', async () => {
    await loadPlaceNames();
    registerUnitForms([...units, { code: '152201001000', name: '兴安', shortName: '兴安', level: 'township', parentCode: null, forms: [] }]);
    expect(placeName('科右前旗', 'en')).toBe('Horqin Right Front Banner');
    expect(placeName('锡林郭勒', 'en')).toBe('Xilingol League');
    expect(placeName('乌兰浩特', 'en')).toBe('Ulanhot');
    expect(placeName('科右前旗', 'zh')).toBe('科右前旗');
    expect(placeName('科右前旗工业园区', 'en')).toBe('Horqin Right Front Banner Industrial Park');
    expect(placeName('内蒙古锡林郭勒正镶白旗经济开发区', 'en')).toBe('Inner Mongolia Xilingol Zhengxiangbai Economic Development Zone');
    expect(placeName('科尔沁镇', 'en')).toBe("Ke'erqin Town");
  });
});
