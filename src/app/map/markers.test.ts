import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isApproximate, markerFeatures } from './markers.ts';
import type { AtlasData } from '../types.ts';

const dir = new URL('../../../test/fixtures/app/data/', import.meta.url);
const read = (f: string) => JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
const data = { places: read('places.geojson'), initiatives: read('initiatives.json') } as AtlasData;
const byId = (id: string) => data.places.features.find((f) => f.properties.id === id)!.properties;

describe('isApproximate', () => {
  it('flags a village drawn at its township and not a township at its own point', () => {
    expect(isApproximate(byId('c152529101202'))).toBe(true);
    expect(isApproximate(byId('c152221105000'))).toBe(false);
  });
});

describe('markerFeatures', () => {
  it('makes one marker per visible place, counting only visible initiatives', () => {
    const ids = data.places.features.filter((f) => f.properties.initiatives.length).map((f) => f.properties.id);
    const one = data.initiatives[0].id;
    const fc = markerFeatures(data, ids, [one], (p) => p.name);
    expect(fc.features.map((f) => f.properties.id)).toEqual(ids);
    const counted = fc.features.filter((f) => f.properties.n > 0).map((f) => f.properties.id);
    expect(counted).toEqual(data.places.features.filter((f) => f.properties.initiatives.includes(one)).map((f) => f.properties.id));
  });
});

describe('doubtful markers', () => {
  it('carries the doubtful flag of a place to its marker, false when absent', () => {
    const place = data.places.features.find((f) => f.properties.initiatives.length)!;
    const doubtful = { ...data, places: { ...data.places, features: [{ ...place, properties: { ...place.properties, doubtful: true } }] } } as AtlasData;
    const id = place.properties.id;
    expect(markerFeatures(doubtful, [id], [], (p) => p.name).features[0].properties.doubtful).toBe(true);
    const sure = { ...data, places: { ...data.places, features: [{ ...place, properties: { ...place.properties, doubtful: undefined } }] } } as AtlasData;
    expect(markerFeatures(sure, [id], [], (p) => p.name).features[0].properties.doubtful).toBe(false);
  });
});
