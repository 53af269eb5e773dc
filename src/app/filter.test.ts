import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../contract/index.ts';
import { categoryCounts, filterText, mainCategory, placeInRegion, visibleFor } from './filter.ts';
import { indexedRecords } from './indexedRecords.ts';
import type { AtlasData, AtlasState } from './types.ts';

const dir = new URL('../../test/fixtures/app/data/', import.meta.url);
const read = (f: string) => JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
const places = read('places.geojson');
const data: AtlasData = {
  places, ...indexedRecords(read('initiatives.json'), places), rollups: read('rollups.json'),
  leagues: read('leagues.geojson'), counties: read('counties.geojson'), units: read('gazetteer-lite.json'),
};
const ALL: AtlasState = { place: null, region: null, categories: [...CATEGORY_IDS], query: '', view: { center: [112, 44], zoom: 4 } };
const withInitiatives = data.places.features.filter((f) => f.properties.initiatives.length > 0).map((f) => f.properties.id);

describe('visibleFor', () => {
  it('shows every place with initiatives when nothing is narrowed', () => {
    const v = visibleFor(data, ALL);
    expect(v.places.sort()).toEqual([...withInitiatives].sort());
    expect(v.initiatives.length).toBe(data.initiatives.length);
  });
  it('keeps only places inside the selected league', () => {
    const v = visibleFor(data, { ...ALL, region: '152200000000' });
    const byId = new Map(data.places.features.map((f) => [f.properties.id, f.properties]));
    expect(v.places.length).toBeGreaterThan(0);
    expect(v.places.length).toBeLessThan(withInitiatives.length);
    for (const id of v.places) expect(byId.get(id)!.path[0].code).toBe('152200000000');
  });
  it('drops initiatives and places of unselected categories', () => {
    const v = visibleFor(data, { ...ALL, categories: ['employment'] });
    expect(v.initiatives.every((id) => data.initiatives.find((i) => i.id === id)!.category === 'employment')).toBe(true);
    expect(visibleFor(data, { ...ALL, categories: [] }).places).toEqual([]);
  });
  it('matches a banner abbreviation through the gazetteer forms, including places below it', () => {
    const v = visibleFor(data, { ...ALL, query: '科右前旗' });
    expect(v.places).toContain('c152221105000');
    expect(v.places).not.toContain('c152529101202');
  });
  it('matches initiative titles', () => {
    const title = data.initiatives[1].title;
    expect(visibleFor(data, { ...ALL, query: title }).initiatives).toEqual([data.initiatives[1].id]);
  });
  it('matches figure labels and category names, as the search does', () => {
    expect(visibleFor(data, { ...ALL, query: '兑换物品' }).initiatives).toEqual(['fx_a#0']);
    expect(visibleFor(data, { ...ALL, query: '养老' }).initiatives).toEqual(['fx_a#56']);
  });
  it('leaves the map as it was for a text that matches nothing', () => {
    const v = visibleFor(data, { ...ALL, query: '科右钱旗' });
    expect(v.initiatives.length).toBe(data.initiatives.length);
    expect(v.places.sort()).toEqual([...withInitiatives].sort());
  });
});

describe('placeInRegion', () => {
  it('uses the code prefix for places whose path lacks the region', () => {
    const p = { ...data.places.features[0].properties, path: [] };
    expect(placeInRegion(p, '152200000000')).toBe(p.code!.startsWith('1522'));
  });
});

describe('categoryCounts', () => {
  it('ignores the category filter but follows the region', () => {
    const all = categoryCounts(data, { ...ALL, categories: [] });
    expect(Object.values(all).reduce((a, b) => a + b, 0)).toBe(data.initiatives.length);
    const xlgl = categoryCounts(data, { ...ALL, region: '152500000000' });
    expect(Object.values(xlgl).reduce((a, b) => a + b, 0)).toBeLessThan(data.initiatives.length);
  });
});

describe('mainCategory', () => {
  it('picks the most frequent category, ties by contract order', () => {
    const [a, b] = data.initiatives;
    expect(mainCategory([a, b, a])).toBe(a.category);
    const first = CATEGORY_IDS.find((c) => c === a.category || c === b.category);
    expect(mainCategory([a, b])).toBe(first);
    expect(mainCategory([])).toBeNull();
  });
});

describe('filterText', () => {
  it('narrows by Chinese text and ignores pinyin still being typed', () => {
    expect(filterText(' 科右前旗 ')).toBe('科右前旗');
    expect(filterText('keyouqianqi')).toBe('');
    expect(filterText('')).toBe('');
  });
});
