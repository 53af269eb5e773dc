import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCoordTable } from './coordTable.ts';
import { gcjToWgs, wgsToGcj } from './crs.ts';

const table = (text: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'coords-')), 't.csv');
  writeFileSync(file, text);
  return file;
};

describe('readCoordTable', () => {
  it('reads WGS-84 rows as given and converts GCJ-02 rows', () => {
    const m = readCoordTable(table('code,lon,lat,crs\n150102001001,111.7,40.85,gcj02\n150102001002,111.7,40.85,\n'), 'user');
    expect(m.get('150102001002')).toEqual({ lon: 111.7, lat: 40.85, source: 'user' });
    const g = m.get('150102001001')!;
    expect(Math.abs(g.lon - 111.7)).toBeGreaterThan(0.003);
    const back = wgsToGcj([g.lon, g.lat]);
    expect(Math.abs(back[0] - 111.7)).toBeLessThan(1e-5);
  });
  it('rejects an unknown crs', () => {
    expect(() => readCoordTable(table('code,lon,lat,crs\n150102001001,111.7,40.85,bd09\n'), 'u')).toThrow(/crs/);
  });
  it('round-trips GCJ-02 within a metre', () => {
    const [x, y] = gcjToWgs(wgsToGcj([118.6494, 46.321]));
    expect(Math.abs(x - 118.6494) + Math.abs(y - 46.321)).toBeLessThan(2e-5);
  });
});
