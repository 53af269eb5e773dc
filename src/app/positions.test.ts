import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodeInitiativeIndex } from '../contract/index.ts';
import { indexedRecords } from './indexedRecords.ts';
import { positionsOf } from './positions.ts';
import { fixtureData } from './search/testFixture.ts';
import type { AtlasData } from './types.ts';

/** Each place's initiative positions read back as ids, and each initiative's place positions likewise. */
function readBack(data: Pick<AtlasData, 'places' | 'initiatives'>) {
  const { itPlaces, placeIts } = positionsOf(data);
  const at = (l: typeof itPlaces, i: number) => [...l.list.subarray(l.start[i], l.start[i + 1])];
  return {
    placeIts: data.places.features.map((_, k) => at(placeIts, k).map((n) => data.initiatives[n].id)),
    itPlaces: data.initiatives.map((_, i) => at(itPlaces, i).map((k) => data.places.features[k].properties.id)),
  };
}

describe('positionsOf', () => {
  it('gives each place the initiatives its list names, in data order, and each initiative its places in its own order', () => {
    const back = readBack(fixtureData);
    const order = (ids: string[]) => [...ids].sort((a, b) => fixtureData.initiatives.findIndex((i) => i.id === a) - fixtureData.initiatives.findIndex((i) => i.id === b));
    expect(back.placeIts).toEqual(fixtureData.places.features.map((f) => order(f.properties.initiatives)));
    expect(back.itPlaces).toEqual(fixtureData.initiatives.map((i) => i.places));
    expect(back.placeIts.flat().length).toBeGreaterThan(3);
  });
  it('does the same on the seed pages as the pipeline wrote them (`npm run data` runs before the unit tests)', () => {
    const read = (f: string) => JSON.parse(readFileSync(new URL(`../../public/data/${f}`, import.meta.url), 'utf8'));
    const places = read('places.geojson') as AtlasData['places'];
    const data = { places, ...indexedRecords(read('initiatives.json'), places) };
    const back = readBack(data);
    expect(back.placeIts.map((l) => [...l].sort())).toEqual(places.features.map((f) => [...f.properties.initiatives].sort()));
    expect(back.itPlaces).toEqual(data.initiatives.map((i) => i.places));
    expect(back.placeIts.flat().length).toBeGreaterThan(20);
  });
  it('takes the positions the initiative index read worked out, and they equal the ids looked up', () => {
    const read = (f: string) => JSON.parse(readFileSync(new URL(`../../public/data/${f}`, import.meta.url), 'utf8'));
    const places = read('places.geojson') as AtlasData['places'];
    const decoded = decodeInitiativeIndex(read('initiative-index.json'), places.features.map((f) => f.properties.id));
    const initiatives = decoded.index!.initiatives;
    const fromRows = positionsOf({ places, initiatives }, decoded.positions);
    // A copy of the array is another data set to the cache, so this one looks every id up.
    const looked = positionsOf({ places, initiatives: [...initiatives] });
    expect(fromRows).not.toBe(looked);
    expect(fromRows.itPlaces).toEqual(looked.itPlaces);
    expect(fromRows.placeIts).toEqual(looked.placeIts);
    expect(fromRows.itNo).toEqual(looked.itNo);
    expect(fromRows.itPlaces.list.length).toBeGreaterThan(20);
  });
});
