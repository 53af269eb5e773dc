import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, type Initiative } from '../contract/index.ts';
import { categoryCounts, placeIndex, visibleFor } from './filter.ts';
import { indexedRecords } from './indexedRecords.ts';
import type { AtlasData, AtlasState } from './types.ts';
import { createVisibility } from './visibility.ts';

// The seed pages as `npm run data` wrote them, some dated so that the period filter has something to narrow.
const read = (f: string) => JSON.parse(readFileSync(join('public/data', f), 'utf8'));
const places = read('places.geojson');
const records = (read('initiatives.json') as Initiative[]).map((it, i) =>
  ({ ...it, source: { id: it.id, title: null, outlet: null, date: ['2023', '2024-05', '2024-05-09', null][i % 4], page: null, url: null } }));
const data: AtlasData = { places, ...indexedRecords(records, places), rollups: read('rollups.json'), leagues: read('leagues.geojson'),
  counties: read('counties.geojson'), units: read('gazetteer-lite.json') };
const byId = placeIndex(data);
const ALL: AtlasState = { place: null, region: null, categories: [...CATEGORY_IDS], query: '', view: { center: [112, 44], zoom: 4 } };
const used = [...new Set(data.initiatives.map((it) => it.category))];
const region = data.leagues.features.map((f) => f.properties.code).find((code) => visibleFor(data, { ...ALL, region: code }).initiatives.length > 1)!;

const STATES: AtlasState[] = [
  ALL,
  { ...ALL, categories: used.slice(0, 1) },
  { ...ALL, categories: used.slice(1, 4) },
  { ...ALL, categories: [] },
  { ...ALL, region },
  { ...ALL, region, categories: used.slice(0, 2) },
  { ...ALL, from: '2024-05', to: '2024-12' },
  { ...ALL, from: '2024', undated: false, categories: used.slice(0, 3) },
  { ...ALL, query: '党' },
  { ...ALL, query: '党', categories: used.slice(0, 1), region },
];

describe('createVisibility', () => {
  it('gives what visibleFor and categoryCounts give, state after state, from one visibility kept across changes', () => {
    const vis = createVisibility(data, byId);
    expect(used.length).toBeGreaterThan(3);
    for (const s of [...STATES, ...STATES.reverse()]) {
      const want = visibleFor(data, s, byId);
      expect(vis.visible(s)).toEqual(want);
      expect(vis.counts(s)).toEqual(categoryCounts(data, s, byId));
      expect(vis.unmapped(s)).toBe(want.initiatives.filter((id) => !data.initiatives.find((it) => it.id === id)!.places.length).length);
      const shown = new Set(want.initiatives);
      data.initiatives.forEach((it, i) => expect([vis.has(it.id), vis.hasAt(i)]).toEqual([shown.has(it.id), shown.has(it.id)]));
    }
  });

  it('hands back the same result while nothing that decides it changes, and a new one when its extra key does', () => {
    let version = 0;
    const vis = createVisibility(data, byId, () => version);
    const a = vis.visible(ALL);
    expect(vis.visible({ ...ALL, place: 'x', view: { center: [0, 0], zoom: 9 } })).toBe(a);
    version++;
    expect(vis.visible(ALL)).not.toBe(a);
    expect(vis.visible(ALL)).toEqual(a);
  });
});
