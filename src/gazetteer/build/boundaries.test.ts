import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { area, booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { GAZETTEER_DEFAULTS } from '../config.ts';
import { wgsToGcj } from './crs.ts';
import { loadGazetteer } from '../load.ts';
import type { LiteUnit, RegionProperties } from '../../contract/index.ts';
import { ensureBuilt } from '../testSupport.ts';
import type { Gazetteer } from '../types.ts';

type Boundaries = FeatureCollection<Polygon | MultiPolygon, RegionProperties>;
const file = (name: string) => join(GAZETTEER_DEFAULTS.publicDir, name);
let g: Gazetteer;
let counties: Boundaries;
let leagues: Boundaries;

beforeAll(async () => {
  await ensureBuilt();
  g = loadGazetteer();
  counties = JSON.parse(readFileSync(file('counties.geojson'), 'utf8')) as Boundaries;
  leagues = JSON.parse(readFileSync(file('leagues.geojson'), 'utf8')) as Boundaries;
}, 120_000);

describe('boundary files', () => {
  it('have one feature per league and per county with a shape', () => {
    expect(leagues.features.map((f) => f.properties.code)).toEqual(
      [...g.units.values()].filter((u) => u.level === 'prefecture').map((u) => u.code),
    );
    expect(counties.features.length).toBe(103);
    for (const f of [...counties.features, ...leagues.features]) {
      const u = g.get(f.properties.code)!;
      expect(f.properties).toEqual({ code: u.code, name: u.name, shortName: u.shortName, level: u.level, parentCode: u.parentCode });
    }
  });
  it('are together under the gzipped budget', () => {
    const size = ['counties.geojson', 'leagues.geojson'].reduce((n, f) => n + gzipSync(readFileSync(file(f))).length, 0);
    expect(size).toBeLessThan(GAZETTEER_DEFAULTS.boundaryBudgetGz);
  });
  it('round coordinates to about four decimals', () => {
    const ring = counties.features[0].geometry.coordinates.flat(2) as unknown as number[];
    for (const x of ring.slice(0, 50)) expect(Math.abs(x * 1e4 - Math.round(x * 1e4))).toBeLessThan(1e-6);
  });
  it('hold every league and county point inside its own polygon (in the shapes\u2019 GCJ-02 frame)', () => {
    for (const f of [...counties.features, ...leagues.features]) {
      const u = g.get(f.properties.code)!;
      expect(booleanPointInPolygon(wgsToGcj([u.lon, u.lat]), f), `${u.code} ${u.name}`).toBe(true);
    }
  });
  it('dissolve leagues from their counties without gaps or overlaps', () => {
    for (const league of leagues.features) {
      const parts = counties.features.filter((c) => c.properties.parentCode === league.properties.code);
      const sum = parts.reduce((a, c) => a + area(c), 0);
      expect(Math.abs(area(league) - sum) / sum, league.properties.name).toBeLessThan(0.001);
    }
  });
  it('put each league point in its seat county', () => {
    for (const league of leagues.features) {
      const u = g.get(league.properties.code)!;
      const inside = counties.features.filter((c) => booleanPointInPolygon(wgsToGcj([u.lon, u.lat]), c));
      expect(inside.map((c) => c.properties.parentCode)).toEqual([u.code]);
    }
  });
});

describe('gazetteer-lite.json', () => {
  it('lists leagues, counties and townships with their forms, and stays small', () => {
    const text = readFileSync(file('gazetteer-lite.json'), 'utf8');
    const lite = JSON.parse(text) as LiteUnit[];
    expect(lite.length).toBe(12 + 108 + 1225);
    expect(new Set(lite.map((u) => u.level))).toEqual(new Set(['prefecture', 'county', 'township']));
    expect(lite.find((u) => u.code === '152221000000')?.forms).toContain('科右前旗');
    expect(gzipSync(text).length).toBeLessThan(60 * 1024);
  });
});
