import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchoredKey, CATEGORY_IDS, mentionKey } from '../../contract/index.ts';
import { placeIndex } from '../filter.ts';
import { anchorOf, isApproximate, markerFeatures } from './markers.ts';
import type { AtlasData } from '../types.ts';

const dir = new URL('../../../test/fixtures/app/data/', import.meta.url);
const read = (f: string) => JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
const data = { places: read('places.geojson'), initiatives: read('initiatives.json'), leagues: read('leagues.geojson'), counties: read('counties.geojson') } as AtlasData;
const byId = placeIndex(data);
const props = (id: string) => data.places.features.find((f) => f.properties.id === id)!.properties;
const regionCodes = new Set(['152200000000', '152221000000', '152201000000', '152529000000']);
const total = (p: Record<string, unknown>, key: (c: (typeof CATEGORY_IDS)[number]) => string) => CATEGORY_IDS.reduce((a, c) => a + Number(p[key(c)] ?? 0), 0);

describe('isApproximate', () => {
  it('flags a village drawn at its township and not a township at its own point', () => {
    expect(isApproximate(props('c152529101202'))).toBe(true);
    expect(isApproximate(props('c152221105000'))).toBe(false);
  });
});

describe('anchorOf', () => {
  it('is the first place, or the first inside the selected region', () => {
    const it0 = data.initiatives.find((i) => i.id === 'fx_a#56')!;
    expect(anchorOf(it0, byId, null)).toBe('x152201007000-代伙社区');
    expect(anchorOf(it0, byId, '152529000000')).toBeNull();
  });
});

describe('markerFeatures', () => {
  const fc = markerFeatures(data, data.initiatives, null, byId, (p) => p.name, regionCodes);
  it('counts every initiative once, so the counts add up to the initiatives with a place', () => {
    const counted = fc.features.reduce((a, f) => a + total(f.properties, anchoredKey), 0);
    expect(counted).toBe(data.initiatives.filter((i) => i.places.length).length);
  });
  it('keeps a place that is only mentioned, with its mention counted apart, per category', () => {
    const township = fc.features.find((f) => f.properties.id === 'c152201007000')!.properties;
    expect(total(township, anchoredKey)).toBe(0);
    expect(township[mentionKey('elderly-care')]).toBe(1);
    const village = fc.features.find((f) => f.properties.id === 'x152201007000-代伙社区')!.properties;
    expect(village[anchoredKey('elderly-care')]).toBe(1);
  });
  it('leaves the label of a banner to its region label, so each name is drawn once', () => {
    expect(fc.features.find((f) => f.properties.id === 'c152221000000')!.properties.label).toBe('');
    expect(fc.features.find((f) => f.properties.id === 'c152221105000')!.properties.label).toBe(props('c152221105000').name);
  });
  it('gives the same features for positions in data.initiatives as for the initiatives themselves', () => {
    const at = Int32Array.from(data.initiatives.keys());
    expect(markerFeatures(data, at, null, byId, (p) => p.name, regionCodes)).toEqual(fc);
    const some = at.filter((i) => i % 2 === 0);
    expect(markerFeatures(data, some, '152200000000', byId, (p) => p.name, regionCodes))
      .toEqual(markerFeatures(data, data.initiatives.filter((_, i) => i % 2 === 0), '152200000000', byId, (p) => p.name, regionCodes));
  });
  it('draws only places inside the selected region', () => {
    const inXilin = markerFeatures(data, data.initiatives, '152529000000', byId, (p) => p.name, regionCodes);
    expect(inXilin.features.map((f) => f.properties.id)).toEqual(['c152529101202']);
  });
});

describe('doubtful markers', () => {
  it('carries the doubtful flag of a place to its marker, false when absent', () => {
    const place = data.places.features.find((f) => f.properties.initiatives.length)!;
    const doubtful = { ...data, places: { ...data.places, features: [{ ...place, properties: { ...place.properties, doubtful: true } }] } } as AtlasData;
    const id = place.properties.id;
    const marker = (d: AtlasData) => {
      const ids = new Map(d.places.features.map((f) => [f.properties.id, f.properties]));
      return markerFeatures(d, d.initiatives, null, ids, (p) => p.name, new Set()).features.find((f) => f.properties.id === id)!;
    };
    expect(marker(doubtful).properties.doubtful).toBe(true);
    const sure = { ...data, places: { ...data.places, features: [{ ...place, properties: { ...place.properties, doubtful: undefined } }] } } as AtlasData;
    expect(marker(sure).properties.doubtful).toBe(false);
  });
});
