import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeIndex } from '../filter.ts';
import { choroplethClasses, CHOROPLETH_NONE, regionCounts } from './choropleth.ts';
import type { AtlasData } from '../types.ts';

const dir = new URL('../../../test/fixtures/app/data/', import.meta.url);
const read = (f: string) => JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
const data = { places: read('places.geojson'), initiatives: read('initiatives.json'), leagues: read('leagues.geojson'), counties: read('counties.geojson') } as AtlasData;

describe('regionCounts', () => {
  it('counts each initiative once per league and banner it concerns', () => {
    const counts = regionCounts(data, data.initiatives, placeIndex(data));
    expect(counts.get('152200000000')).toBe(3);
    expect(counts.get('152221000000')).toBe(2);
    expect(counts.get('152201000000')).toBe(1);
    expect(counts.get('152500000000')).toBe(1);
  });
});

describe('choroplethClasses', () => {
  it('covers every count from 1 to the maximum exactly once, darker for more', () => {
    for (const max of [1, 2, 3, 7, 12, 100, 4321]) {
      const { classes, colour } = choroplethClasses(max);
      expect(classes[0].from).toBe(1);
      expect(classes.at(-1)!.to).toBe(max);
      for (let i = 1; i < classes.length; i++) expect(classes[i].from).toBe(classes[i - 1].to + 1);
      expect(colour(max)).toBe(classes.at(-1)!.colour);
      expect(colour(0)).toBe(CHOROPLETH_NONE);
    }
  });
});
