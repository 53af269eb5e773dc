import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gcjToWgs } from './crs.ts';
import { loadGazetteer } from '../load.ts';
import { buildGazetteer } from './buildGazetteer.ts';

describe('buildGazetteer with --coords', () => {
  it('merges a user table, converting GCJ-02 rows to WGS-84', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gaz-'));
    const coords = join(dir, 'coords.csv');
    writeFileSync(coords, 'code,lon,lat,crs\n150102001001,111.70,40.85,gcj02\n152525103000,118.60,46.30,wgs84\n');
    const summary = await buildGazetteer({ coords, out: join(dir, 'g.json'), publicDir: join(dir, 'public'), quiet: true });
    expect(summary.counts.village).toBe(14592);
    const g = loadGazetteer(join(dir, 'g.json'));
    expect(g.get('152525103000')).toMatchObject({ lon: 118.6, lat: 46.3, precision: 'exact', source: 'user' });
    const v = g.get('150102001001')!;
    expect([v.lon, v.lat]).toEqual(gcjToWgs([111.7, 40.85]));
    expect(v.lon).not.toBe(111.7);
    expect(v.precision).toBe('exact');
    expect(JSON.parse(readFileSync(join(dir, 'public', 'leagues.geojson'), 'utf8')).features).toHaveLength(12);
  }, 60_000);

  it('rejects a bad coordinate table with a clear message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gaz-'));
    const coords = join(dir, 'bad.csv');
    writeFileSync(coords, 'code,lon,lat,crs\n1501,abc,40,wgs84\n');
    await expect(buildGazetteer({ coords, out: join(dir, 'g.json'), publicDir: dir, quiet: true })).rejects.toThrow(/row 2/);
  });
});
