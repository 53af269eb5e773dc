/** A run on a CSV archive: every initiative carries its article's source, bad rows are in report.json, the run finishes. */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Initiative, type Report, validateInitiatives, validateReport } from '../../src/contract/index.ts';
import { runPipeline } from '../../src/pipeline/run/run.ts';
import { testGeoparser } from './testGeoparser.ts';

let out: string;
const read = <T>(f: string): T => JSON.parse(readFileSync(join(out, f), 'utf8')) as T;
const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nmg-archive-run-'));
  const seeds = readdirSync('seeds').sort().slice(0, 2).map((f) => readFileSync(join('seeds', f), 'utf8'));
  writeFileSync(join(dir, 'a.csv'), ['id,title,date,outlet,page,url,text',
    `s1,,2021-07-01,内蒙古日报,第3版,https://example.org/s1,${quote(seeds[0])}`,
    `s2,,今年7月,,,file:///etc/passwd,${quote(seeds[1])}`,
    `s3,,,,,,${quote(seeds[0])}`,
    's4,,,,,,'].join('\n'));
  out = join(dir, 'out');
  await runPipeline({ input: join(dir, 'a.csv'), out, geoparser: await testGeoparser(), workers: 1 });
}, 120_000);

describe('a run on a CSV archive', () => {
  it('gives every initiative the source of its row, undated and unlinked where the row was bad', () => {
    const its = read<Initiative[]>('initiatives.json');
    expect(validateInitiatives(its)).toEqual([]);
    const s1 = its.filter((i) => i.file === 's1.txt');
    const s2 = its.filter((i) => i.file === 's2.txt');
    expect(s1.length).toBeGreaterThan(0);
    expect(s2.length).toBeGreaterThan(0);
    expect(s1.every((i) => i.id.startsWith('s1#'))).toBe(true);
    expect(s1[0].source).toEqual({ id: 's1', title: null, outlet: '内蒙古日报', date: '2021-07-01', page: '第3版', url: 'https://example.org/s1' });
    expect(s2[0].source).toMatchObject({ id: 's2', date: null, url: null });
    expect(its.some((i) => i.file === 's3.txt')).toBe(false);
  });
  it('lists every bad row in report.json and writes sources/ under the row ids', () => {
    const report = read<Report>('report.json');
    expect(validateReport(report)).toEqual([]);
    expect(report.rows!.map((r) => `${r.id} ${r.field}`)).toEqual(['s2 date', 's2 url', 's3 text', 's4 text']);
    expect(report.rows![2].message).toMatch(/duplicate text, processed once as "s1"/);
    expect(readdirSync(join(out, 'sources')).sort()).toEqual(['s1.txt', 's2.txt']);
  });
});
