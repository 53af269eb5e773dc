/**
 * Worker processes get everything an in-process run has: an archive row's place in the row spill, the input's corrections and the
 * resources' paths, so two workers write the same bytes as one in-process run on a .csv archive and on a folder
 * with corrections.csv.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/contract/index.ts';
import type { Geoparser } from '../../src/pipeline/geoparser.ts';
import { CORRECTIONS_FILE, CORRECTIONS_HEADER } from '../../src/pipeline/resolve/corrections.ts';
import { runPipeline } from '../../src/pipeline/run/run.ts';
import { testGeoparser } from './testGeoparser.ts';

let gp: Geoparser;
beforeAll(async () => { gp = await testGeoparser(); }, 120_000);

const OUTPUTS = ['places.geojson', 'initiatives.json', 'rollups.json', 'report.json'];
const seeds = () => readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().slice(0, 6);
const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Runs `input` with one in-process worker and with two processes, and expects the same outputs. */
async function sameWithTwoWorkers(tmp: string, input: string): Promise<string> {
  await runPipeline({ input, out: join(tmp, 'one'), geoparser: gp, workers: 1 });
  const two = await runPipeline({ input, out: join(tmp, 'two'), geoparser: gp, workers: 2 });
  expect(two.cached).toBe(0);
  for (const f of OUTPUTS) expect(readFileSync(join(tmp, 'two', f)).equals(readFileSync(join(tmp, 'one', f))), f).toBe(true);
  return join(tmp, 'two');
}

/** CPU seconds of this process's children that have exited and been waited for (/proc/self/stat, 100 ticks a second). */
const childCpu = () => { const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' '); return (Number(f[13]) + Number(f[14])) / 100; };

describe('worker processes', () => {
  it('are gone when the run returns: the run waits for each to exit, so its CPU is counted as a child\'s', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'nmg-worker-exit-'));
    const before = childCpu();
    await runPipeline({ input: 'seeds', out: join(tmp, 'out'), geoparser: gp, workers: 2 });
    // The worker built its own geoparser before it was stopped: some CPU time, counted only once it has been waited for.
    expect(childCpu() - before).toBeGreaterThan(0);
  }, 120_000);

  it('process a .csv archive read back from the row spill like the in-process run, sources included', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'nmg-worker-csv-'));
    const rows = seeds().map((f, k) => `r${k},2021-07-0${k + 1},内蒙古日报,${quote(readFileSync(join('seeds', f), 'utf8'))}`);
    writeFileSync(join(tmp, 'a.csv'), ['id,date,outlet,text', ...rows].join('\n'));
    const out = await sameWithTwoWorkers(tmp, join(tmp, 'a.csv'));
    const its = JSON.parse(readFileSync(join(out, 'initiatives.json'), 'utf8')) as { source: { outlet: string | null } }[];
    expect(its.length).toBeGreaterThan(0);
    expect(its.every((i) => i.source.outlet === '内蒙古日报')).toBe(true);
    rmSync(tmp, { recursive: true, force: true });
  }, 180_000);

  it('apply the input corrections.csv like the in-process run', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'nmg-worker-corr-'));
    const input = join(tmp, 'in');
    mkdirSync(input);
    for (const f of seeds()) writeFileSync(join(input, f), readFileSync(join('seeds', f)));
    // A first run finds a resolved mention to reject.
    await runPipeline({ input, out: join(tmp, 'plain'), geoparser: gp, workers: 1 });
    const plain = JSON.parse(readFileSync(join(tmp, 'plain', 'report.json'), 'utf8')) as Report;
    const m = plain.mentions.find((x) => x.code && !/[",\n]/.test(x.surface));
    expect(m).toBeDefined();
    writeFileSync(join(input, CORRECTIONS_FILE), `${CORRECTIONS_HEADER}\n${m!.file},${m!.start},${m!.end},${m!.surface},reject,,mention,test\n`);
    const out = await sameWithTwoWorkers(tmp, input);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
    expect(report.counts.corrections).toBe(1);
    const after = report.mentions.find((x) => x.file === m!.file && x.start === m!.start && x.end === m!.end);
    expect(after?.code ?? null).not.toBe(m!.code);
    rmSync(tmp, { recursive: true, force: true });
  }, 180_000);
});
