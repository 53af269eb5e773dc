import { describe, expect, it } from 'vitest';
import type { Initiative } from '../src/contract/index.ts';
import type { Unit } from '../src/gazetteer/index.ts';
import { validateInitiatives, validatePlaces, validateRollups } from '../src/contract/index.ts';
import { makeAtlasData } from './makeAtlasData.ts';

const LEAGUE = { code: '152200000000', name: '兴安盟', level: 'prefecture' as const };
const BANNER = { code: '152221000000', name: '科尔沁右翼前旗', level: 'county' as const };
const units: Unit[] = Array.from({ length: 60 }, (_, i) => {
  const code = `1522211${String(i).padStart(2, '0')}000`;
  const name = `第${i}镇`;
  return { code, name, shortName: name, level: 'township', parentCode: BANNER.code, lon: 121 + i / 100, lat: 46, precision: 'exact', source: 'test', forms: [],
    path: [LEAGUE, BANNER, { code, name, level: 'township' }] };
});
const template: Initiative = { id: 'a#0', file: 'a.txt', kind: 'article', title: '积分超市', byline: '', start: 0, end: 10, summary: '建成积分超市。',
  category: 'rural-governance', secondaryCategories: [], places: [], figures: [{ value: 30, unit: '户', approx: false, hedge: null, text: '30户', start: 2, end: 5, label: '', place: null },
    // A figure of a seed place that the synthetic places do not include.
    { value: 5, unit: '个', approx: false, hedge: null, text: '5个', start: 5, end: 7, label: '', place: 'c150102008206' }] };

describe('makeAtlasData', () => {
  it('makes the requested numbers of distinct places and initiatives, valid by the contract', () => {
    const d = makeAtlasData(units, [template], { places: 50, initiatives: 400 });
    expect(d.places.features).toHaveLength(50);
    expect(new Set(d.places.features.map((f) => f.properties.id)).size).toBe(50);
    expect(d.initiatives).toHaveLength(400);
    expect(validatePlaces(d.places)).toEqual([]);
    expect(validateInitiatives(d.initiatives, new Set(d.places.features.map((f) => f.properties.id)))).toEqual([]);
    expect(validateRollups(d.rollups)).toEqual([]);
    expect(d.rollups[LEAGUE.code].initiatives).toBe(400);
  });

  it('links both ways: every initiative is listed by each of its places', () => {
    const d = makeAtlasData(units, [template], { places: 50, initiatives: 400 });
    const byId = new Map(d.places.features.map((f) => [f.properties.id, f.properties]));
    for (const it of d.initiatives) for (const p of it.places) expect(byId.get(p)!.initiatives).toContain(it.id);
    const listed = d.places.features.reduce((n, f) => n + f.properties.initiatives.length, 0);
    expect(listed).toBe(d.initiatives.reduce((n, it) => n + it.places.length, 0));
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const a = JSON.stringify(makeAtlasData(units, [template], { places: 20, initiatives: 100, seed: 1 }));
    expect(JSON.stringify(makeAtlasData(units, [template], { places: 20, initiatives: 100, seed: 1 }))).toBe(a);
    expect(JSON.stringify(makeAtlasData(units, [template], { places: 20, initiatives: 100, seed: 2 }))).not.toBe(a);
  });

  it('refuses to make more places than there are units', () => {
    expect(() => makeAtlasData(units, [template], { places: 61, initiatives: 1 })).toThrow(/not enough/);
  });
});
