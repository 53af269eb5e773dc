/** The outcome cache as the run's memory: a corrupt entry is processed again, not trusted; a run without --cache leaves no cache behind. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Geoparser } from '../../src/pipeline/geoparser.ts';
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
    const entries = readdirSync(cache).filter((f) => f.endsWith('.json'));
    expect(entries).toHaveLength(readdirSync('seeds').filter((f) => f.endsWith('.txt')).length);
    writeFileSync(join(cache, entries[0]), '{"report":');
    const b = await runPipeline({ input: 'seeds', out: join(tmp, 'b'), geoparser: gp, cache, workers: 1 });
    expect(b.cached).toBe(entries.length - 1);
    for (const f of OUTPUTS) expect(readFileSync(join(tmp, 'b', f)).equals(readFileSync(join(tmp, 'a', f))), f).toBe(true);
    // The entry was written again, whole.
    expect(JSON.parse(readFileSync(join(cache, entries[0]), 'utf8')).report.file).toMatch(/\.txt$/);
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
