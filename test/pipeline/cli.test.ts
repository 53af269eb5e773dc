/**
 * The pipeline CLI: a one-line summary and exit 0 on the seeds; a clear message and a non-zero exit on bad folders;
 * nothing left in the temporary folder when it is stopped mid-run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
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
  for (const workers of ['1', '2']) {
    it(`removes its temporary folders when stopped by SIGTERM mid-run, and ends as the signal asks (${workers} worker${workers === '1' ? '' : 's'})`, async () => {
      const work = mkdtempSync(join(tmpdir(), 'nmg-cli-signal-'));
      // Many articles, so the run is still going when it is stopped; its own TMPDIR shows what it leaves behind.
      const input = join(work, 'in');
      mkdirSync(input);
      const seed = readFileSync(join('seeds', readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort()[0]), 'utf8');
      for (let i = 0; i < 3000; i++) writeFileSync(join(input, `a${i}.txt`), `${i}\n${seed}`);
      const scratch = join(work, 'tmp');
      mkdirSync(scratch);
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/pipeline-cli.ts', '--input', input, '--out', join(work, 'out'), '--workers', workers],
        { env: { ...process.env, TMPDIR: scratch }, stdio: 'ignore' });
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
      await vi.waitFor(() => expect(readdirSync(scratch).some((d) => d.startsWith('nmg-merge-'))).toBe(true), { timeout: 60_000, interval: 50 });
      child.kill('SIGTERM');
      expect(await exited).toBe('SIGTERM');
      expect(existsSync(join(work, 'out', 'places.geojson'))).toBe(false);
      // tsx keeps its own cache there (tsx-*); the pipeline's folders are all named nmg-*.
      expect(readdirSync(scratch).filter((d) => d.startsWith('nmg-'))).toEqual([]);
    }, 120_000);
  }
  it('explains its usage when arguments are missing', () => {
    const r = cli('--input', 'seeds');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage:/);
  }, 60_000);
});
