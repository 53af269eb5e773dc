/** The pipeline CLI: a one-line summary and exit 0 on the seeds; a clear message and a non-zero exit on bad folders. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { testGeoparser } from './testGeoparser.ts';

const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/pipeline-cli.ts', ...args], { encoding: 'utf8' });

beforeAll(async () => { await testGeoparser(); }, 120_000);

describe('pipeline CLI', () => {
  it('runs on the seeds, prints one summary line and exits 0', () => {
    const out = mkdtempSync(join(tmpdir(), 'nmg-cli-'));
    const r = cli('--input', 'seeds', '--out', out);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(/^pipeline: 5 files \(0 skipped\), \d+ places/);
    for (const f of ['places.geojson', 'initiatives.json', 'rollups.json', 'report.json', 'sources/000_65e41ac94c833173.txt']) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
  }, 60_000);
  it('exits non-zero with a clear message when the input folder cannot be read', () => {
    const r = cli('--input', join(tmpdir(), 'nmg-no-such-folder'), '--out', mkdtempSync(join(tmpdir(), 'nmg-cli-out-')));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot read input folder/);
  }, 60_000);
  it('explains its usage when arguments are missing', () => {
    const r = cli('--input', 'seeds');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage:/);
  }, 60_000);
});
