/** The search over the whole gazetteer (every unit of Inner Mongolia, as the app loads it) and the test initiatives. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { GAZETTEER_DEFAULTS, repoPath } from '../../gazetteer/config.ts';
import { ensureBuilt } from '../../gazetteer/testSupport.ts';
import type { AtlasData } from '../types.ts';
import { indexedRecords } from '../indexedRecords.ts';
import { searchIndex } from './searchIndex.ts';
import { query } from './searchQuery.ts';
import type { SearchIndex } from './searchTypes.ts';

const fixture = new URL('../../../test/fixtures/app/data/', import.meta.url);
const read = (f: string | URL) => JSON.parse(readFileSync(f, 'utf8'));
let index: SearchIndex;
beforeAll(async () => {
  await ensureBuilt();
  const places = read(new URL('places.geojson', fixture));
  const data: Pick<AtlasData, 'units' | 'places' | 'initiatives' | 'details'> = {
    units: read(repoPath(`${GAZETTEER_DEFAULTS.publicDir}/gazetteer-lite.json`)),
    places, ...indexedRecords(read(new URL('initiatives.json', fixture)), places),
  };
  index = searchIndex(data);
}, 120_000);
const first = (text: string) => query(index, text, 6)[0]?.id;

describe('search over the whole gazetteer', () => {
  it('finds leagues and banners by the English names readers know', () => {
    expect(first('Hohhot')).toBe('150100000000');
    expect(first('Ordos')).toBe('150600000000');
    expect(first('Hulunbuir')).toBe('150700000000');
    expect(first('Arxan')).toBe('152202000000');
    expect(first('Horqin Right Front Banner')).toBe('152221000000');
    expect(first('Ar Horqin')).toBe('150421000000');
    expect(first('Xilinhot')).toBe('152502000000');
  });

  it('still finds them by Chinese, abbreviation, pinyin and initials', () => {
    expect(first('呼和浩特')).toBe('150100000000');
    expect(first('呼市')).toBe('150100000000');
    expect(first('科右前旗')).toBe('152221000000');
    expect(first('huhehaote')).toBe('150100000000');
    expect(first('kyqq')).toBe('152221000000');
  });

  it('forgives a homophone or one wrong character, as the gazetteer lookup does', () => {
    expect(first('科右钱旗')).toBe('152221000000');
    expect(first('锡林浩持')).toBe('152502000000');
    expect(first('Hohot')).toBe('150100000000');
    expect(first('Hulunbuor')).toBe('150700000000');
  });

  it('finds initiatives by topic words', () => {
    const hits = query(index, '养老', 6);
    expect(hits.map((e) => e.id)).toContain('fx_a#56');
    expect(hits.every((e) => e.type === 'initiative')).toBe(true);
  });
});
