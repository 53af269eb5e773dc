import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bbox } from '@turf/turf';
import { BASEMAP, buildBasemap } from './build-basemap.ts';

describe('buildBasemap', () => {
  it('writes neighbouring countries and provinces, clipped and compact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'basemap-'));
    const n = await buildBasemap(dir);
    const file = join(dir, 'basemap.json');
    const fc = JSON.parse(readFileSync(file, 'utf8')) as GeoJSON.FeatureCollection;
    expect(fc.features.length).toBe(n);
    const names = fc.features.map((f) => f.properties?.name);
    for (const name of ['蒙古国', '俄罗斯', '黑龙江', '河北', '甘肃', '宁夏']) expect(names).toContain(name);
    const [w, s, e, nn] = bbox(fc);
    expect(w).toBeGreaterThanOrEqual(BASEMAP.bbox[0] - 0.01);
    expect(s).toBeGreaterThanOrEqual(BASEMAP.bbox[1] - 0.01);
    expect(e).toBeLessThanOrEqual(BASEMAP.bbox[2] + 0.01);
    expect(nn).toBeLessThanOrEqual(BASEMAP.bbox[3] + 0.01);
    for (const f of fc.features) expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
    expect(statSync(file).size).toBeLessThan(400_000);
  });

  it('puts provinces where they are (Beijing inside its known extent)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'basemap-'));
    await buildBasemap(dir);
    const fc = JSON.parse(readFileSync(join(dir, 'basemap.json'), 'utf8')) as GeoJSON.FeatureCollection;
    const bj = fc.features.find((f) => f.properties?.name === '北京')!;
    const [w, s, e, n] = bbox(bj);
    // Beijing municipality spans about 115.4–117.5°E, 39.4–41.1°N.
    expect(w).toBeGreaterThan(115.2);
    expect(e).toBeLessThan(117.6);
    expect(s).toBeGreaterThan(39.3);
    expect(n).toBeLessThan(41.2);
  });
});
