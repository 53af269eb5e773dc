import { beforeAll, describe, expect, it } from 'vitest';
import { testGeoparser } from '../../../test/pipeline/testGeoparser.ts';
import type { Gazetteer } from '../../gazetteer/index.ts';
import { geocodeMentions, placeIdOf } from './geocodeMentions.ts';
import type { ResolvedMention } from '../types.ts';

let gaz: Gazetteer;
beforeAll(async () => { gaz = (await testGeoparser()).gaz; }, 120_000);

const mention = (over: Partial<ResolvedMention>): ResolvedMention => ({
  start: 0, end: 2, surface: 'xx', source: 'gazetteer', item: 0, code: null, parentCode: null, name: 'xx',
  level: 'village', confidence: 0.9, rule: 'exact', status: 'place', ...over,
});

describe('geocodeMentions', () => {
  it('places a gazetteer unit at its own point with its own precision', () => {
    const u = gaz.get('150621106200')!;
    const loc = geocodeMentions(gaz, [mention({ code: u.code, parentCode: u.parentCode })]).get('c150621106200')!;
    expect(loc).toMatchObject({ lon: u.lon, lat: u.lat, precision: u.precision, inGazetteer: true });
  });
  it('places a unit the gazetteer lacks at its parent, no more precise than the parent', () => {
    const parent = gaz.get('150727101000')!;
    const m = mention({ source: 'pattern', name: '团结嘎查', parentCode: parent.code });
    expect(placeIdOf(m)).toBe('x150727101000-团结嘎查');
    const loc = geocodeMentions(gaz, [m]).get('x150727101000-团结嘎查')!;
    expect(loc).toMatchObject({ lon: parent.lon, lat: parent.lat, inGazetteer: false });
    expect(['township', 'county', 'prefecture']).toContain(loc.precision);
  });
  it('gives no id and no point to mentions that are not places', () => {
    expect(placeIdOf(mention({ status: 'generic', code: '150000000000' }))).toBeNull();
    expect(geocodeMentions(gaz, [mention({ status: 'outside', code: '110000000000' })]).size).toBe(0);
  });
});
