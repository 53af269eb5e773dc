import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { wgsToGcj } from './crs.ts';
import type { GeoName } from './geonames.ts';
import { matchGeoNames, type TownshipKey } from './matchGeoNames.ts';
import { makeVariantKey } from '../variants.ts';

const square = (x: number, y: number): Feature<Polygon> => ({
  type: 'Feature', properties: {},
  geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] },
});
const shapes: Record<string, Feature<Polygon>> = { A: square(110, 40), B: square(111, 40) };
const geo = (id: number, names: string[], lon: number, lat: number): GeoName => {
  const [x, y] = wgsToGcj([lon, lat]);
  return { id, zhNames: names, lon: lon - (x - lon), lat: lat - (y - lat), admin2: '', population: 0 };
};
const towns: TownshipKey[] = [
  { code: 'a1', areaCode: 'A', forms: ['多伦诺尔镇'] },
  { code: 'a2', areaCode: 'A', forms: ['新华街道'] },
  { code: 'b1', areaCode: 'B', forms: ['新华街道'] },
  { code: 'b2', areaCode: 'B', forms: ['科尔沁街道'] },
];
const key = makeVariantKey([['淖尔', '诺尔']]);
const run = (geos: GeoName[]) => matchGeoNames(geos, towns, (c) => shapes[c], key);

describe('matchGeoNames', () => {
  it('matches a written form only inside the right polygon', () => {
    const m = run([geo(1, ['新华街道'], 111.5, 40.5)]);
    expect([...m.keys()]).toEqual(['b1']);
  });
  it('matches a transliteration variant', () => {
    expect(run([geo(2, ['多伦淖尔镇'], 110.5, 40.5)]).get('a1')?.strength).toBe(1);
  });
  it('ignores a point outside every polygon and a county name reaching a township by stem', () => {
    expect(run([geo(3, ['新华街道'], 115, 45)]).size).toBe(0);
    expect(run([geo(4, ['科尔沁区'], 111.5, 40.5)]).size).toBe(0);
  });
});
