import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlaceCollection } from './places.ts';
import { decodePlaceIndex, encodePlaceIndex } from './placeIndex.ts';

// The seed pages' places as `npm run data` writes them (the unit tests run after it).
const places = JSON.parse(readFileSync(new URL('../../public/data/places.geojson', import.meta.url), 'utf8')) as PlaceCollection;
const STAMP = '0123456789abcdef';
const written = () => JSON.parse(JSON.stringify({ stamp: STAMP, ...encodePlaceIndex(places) }));

describe('place index', () => {
  it('reads back as places.geojson with every initiatives and mentions list empty and the mentions counted, each path step written once', () => {
    const file = written();
    const back = decodePlaceIndex(file);
    expect(back.problems).toEqual([]);
    expect(back.stamp).toBe(STAMP);
    expect(back.places).toEqual({ type: 'FeatureCollection', features: places.features.map((f) => ({ ...f, properties: { ...f.properties, initiatives: [], mentions: [] } })) });
    expect(back.mentionCounts).toEqual(places.features.map((f) => f.properties.mentions.length));
    expect(back.mentionCounts!.filter((n) => n > 1).length).toBeGreaterThan(5);
    const steps = places.features.flatMap((f) => f.properties.path);
    expect(file.steps.length).toBe(new Set(steps.map((s) => JSON.stringify(s))).size);
    expect(file.steps.length).toBeLessThan(steps.length);
    expect(JSON.stringify(file).length).toBeLessThan(JSON.stringify(places).length);
  });

  it('names a bad stamp, a bad step, a path position outside the steps and a place that fails the places contract', () => {
    expect(decodePlaceIndex({ steps: [] }).problems).toEqual(['place index: needs steps, places and at arrays']);
    expect(decodePlaceIndex({ ...written(), at: [] }).problems).toEqual(['place index: at and places differ in length']);
    const file = written();
    file.stamp = 'abc';
    file.steps[0].level = 'planet';
    file.places[1].path = [file.steps.length];
    file.places[4].mentions = [];
    expect(decodePlaceIndex(file).problems).toEqual([
      'place index: stamp: must be 16 hex digits',
      'place index: steps[0]: needs code (12 digits or null), name and level',
      'place index: places[1]: path must be positions in steps',
      'place index: places[4]: mentions must be a count',
    ]);
    const other = written();
    other.places[2].precision = 'somewhere';
    other.at[3] = [200, 40];
    expect(decodePlaceIndex(other)).toEqual({ places: null, stamp: null, problems: ['places[2]: bad precision somewhere', 'places[3]: coordinates out of range'] });
  });
});
