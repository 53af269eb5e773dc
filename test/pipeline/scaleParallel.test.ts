/** Parallel runs: a pool of worker processes gives output byte-identical to the single-threaded run, in input order. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCorpus } from '../../bench/makeCorpus.ts';
import { loadGazetteer } from '../../src/gazetteer/index.ts';
import type { Geoparser } from '../../src/pipeline/geoparser.ts';
import { runPipeline } from '../../src/pipeline/run/run.ts';
import { testGeoparser } from './testGeoparser.ts';

let gp: Geoparser;
beforeAll(async () => { gp = await testGeoparser(); }, 120_000);

const read = (dir: string, f: string) => readFileSync(join(dir, f));

describe('worker pool', () => {
  it('two workers write the same bytes as one in-process run', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'nmg-par-'));
    const input = join(tmp, 'in');
    mkdirSync(input);
    const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt'));
    for (const f of seeds) writeFileSync(join(input, f), readFileSync(join('seeds', f)));
    const texts = seeds.map((f) => readFileSync(join('seeds', f), 'utf8'));
    for (const a of makeCorpus(texts, [...loadGazetteer().units.values()], { articles: 40, seed: 7 })) writeFileSync(join(input, a.file), a.text);
    const one = await runPipeline({ input, out: join(tmp, 'one'), geoparser: gp, workers: 1 });
    const order: number[] = [];
    const cache = join(tmp, 'cache');
    const two = await runPipeline({ input, out: join(tmp, 'two'), geoparser: gp, workers: 2, cache, onProgress: (d) => order.push(d) });
    expect(order).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
    expect(two.places).toBe(one.places);
    expect(one.places).toBeGreaterThan(40);
    for (const f of ['places.geojson', 'initiatives.json', 'rollups.json', 'report.json']) expect(read(join(tmp, 'two'), f).equals(read(join(tmp, 'one'), f)), f).toBe(true);
    // The parallel run wrote the same sources, and a cache that a later run uses for every file.
    expect(readdirSync(join(tmp, 'two', 'sources')).sort()).toEqual(readdirSync(join(tmp, 'one', 'sources')).sort());
    for (const f of seeds) expect(read(join(tmp, 'two', 'sources'), f).equals(read(join(tmp, 'one', 'sources'), f)), f).toBe(true);
    expect((await runPipeline({ input, out: join(tmp, 'three'), geoparser: gp, cache, workers: 1 })).cached).toBe(45);
    rmSync(tmp, { recursive: true, force: true });
  }, 120_000);
});
