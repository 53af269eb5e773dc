/** Limits: oversized files are skipped with a clear report message, folders with too many files are refused. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Geoparser } from '../../src/pipeline/geoparser.ts';
import { runPipeline } from '../../src/pipeline/run/run.ts';
import { testGeoparser } from './testGeoparser.ts';

let gp: Geoparser;
beforeAll(async () => { gp = await testGeoparser(); }, 120_000);

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'nmg-limits-'));
  for (const [f, t] of Object.entries(files)) writeFileSync(join(dir, f), t);
  return dir;
}

describe('input limits', () => {
  it('skips a file over the size limit with a clear message and still processes the rest', async () => {
    const dir = folder({ 'small.txt': '鄂尔多斯市达拉特旗中和西镇南伙房村建成积分超市。', 'big.txt': '村'.repeat(40_000) });
    const out = mkdtempSync(join(tmpdir(), 'nmg-limits-out-'));
    const s = await runPipeline({ input: dir, out, geoparser: gp, limits: { maxFileBytes: 100_000 } });
    expect(s.skipped).toBe(1);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    const big = JSON.stringify(report).match(/"big\.txt"[^}]*/)?.[0] ?? '';
    expect(big).toMatch(/too large: 0\.1 MB exceeds the 0\.1 MB limit/);
    expect(s.places).toBeGreaterThan(0);
  }, 60_000);

  it('refuses a folder with more files than the limit', async () => {
    const dir = folder({ 'a.txt': '包头市', 'b.txt': '赤峰市', 'c.txt': '通辽市' });
    await expect(runPipeline({ input: dir, out: `${dir}-out`, geoparser: gp, limits: { maxFiles: 2 } })).rejects.toThrow(/too many files: 3 .*limit 2/);
  });

  it('refuses a folder whose files add up to more than the total limit, before reading any of them', async () => {
    const dir = folder({ 'a.txt': '包头市'.repeat(100), 'b.txt': '赤峰市'.repeat(100) });
    await expect(runPipeline({ input: dir, out: `${dir}-out`, geoparser: gp, limits: { maxTotalBytes: 1000 } })).rejects.toThrow(/too much input: 0\.0 MB .*limit 0\.0 MB/);
    expect((await runPipeline({ input: dir, out: `${dir}-out`, geoparser: gp, limits: { maxTotalBytes: 2000 } })).files).toBe(2);
  });
});
