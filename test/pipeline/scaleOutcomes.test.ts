/** The outcome cache as the run's memory: a corrupt entry is processed again, not trusted; a run without --cache leaves no cache behind. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Geoparser } from '../../src/pipeline/geoparser.ts';
import { OutcomeStore } from '../../src/pipeline/run/cache.ts';
import { MANIFEST_FILE } from '../../src/pipeline/run/ownedFiles.ts';
import { runPipeline } from '../../src/pipeline/run/run.ts';
import { testGeoparser } from './testGeoparser.ts';

let gp: Geoparser;
beforeAll(async () => { gp = await testGeoparser(); }, 120_000);

const OUTPUTS = ['places.geojson', 'initiatives.json', 'rollups.json', 'report.json'];

describe('outcome cache', () => {
  it('a corrupt or half-written cache entry is processed again and the outputs stay the same', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'nmg-outcomes-test-'));
    const cache = join(tmp, 'cache');
    await runPipeline({ input: 'seeds', out: join(tmp, 'a'), geoparser: gp, cache, workers: 1 });
    // One log of records `KEY BYTES\n` + JSON + `\n`, one record per file.
    const logs = readdirSync(cache);
    expect(logs).toHaveLength(1);
    const log = join(cache, logs[0]);
    const text = readFileSync(log, 'latin1');
    const heads = [...text.matchAll(/^([0-9a-f]{64}) (\d+)$/gm)];
    expect(heads).toHaveLength(readdirSync('seeds').filter((f) => f.endsWith('.txt')).length);
    // The first record's JSON spoilt in place, and a record cut short after the last one (a process stopped mid-write).
    const bytes = readFileSync(log);
    bytes[heads[0][0].length + 1] = 0x58;
    writeFileSync(log, Buffer.concat([bytes, Buffer.from(`${heads[1][1]} 999\n{"report":`)]));
    const b = await runPipeline({ input: 'seeds', out: join(tmp, 'b'), geoparser: gp, cache, workers: 1 });
    expect(b.cached).toBe(heads.length - 1);
    for (const f of OUTPUTS) expect(readFileSync(join(tmp, 'b', f)).equals(readFileSync(join(tmp, 'a', f))), f).toBe(true);
    // The entry was written again, whole, and is the one read from now on.
    expect(new OutcomeStore(cache).read(heads[0][1])?.report.file).toMatch(/\.txt$/);
    const c = await runPipeline({ input: 'seeds', out: join(tmp, 'c'), geoparser: gp, cache, workers: 1 });
    expect(c.cached).toBe(heads.length);
    rmSync(tmp, { recursive: true, force: true });
  }, 120_000);

  it('a run without a cache folder writes the same outputs as one with it, and no cache into OUT', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'nmg-outcomes-test-'));
    await runPipeline({ input: 'seeds', out: join(tmp, 'a'), geoparser: gp, cache: join(tmp, 'cache'), workers: 1 });
    await runPipeline({ input: 'seeds', out: join(tmp, 'b'), geoparser: gp, workers: 1 });
    expect(readdirSync(join(tmp, 'b')).sort()).toEqual([...OUTPUTS, MANIFEST_FILE, 'sources'].sort());
    for (const f of OUTPUTS) expect(readFileSync(join(tmp, 'b', f)).equals(readFileSync(join(tmp, 'a', f))), f).toBe(true);
    rmSync(tmp, { recursive: true, force: true });
  }, 120_000);
});
