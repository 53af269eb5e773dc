/** Shards: two shard runs into one cache, then a merge run, write exactly what a single run writes, reprocessing nothing. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCorpus } from '../../bench/makeCorpus.ts';
import { loadGazetteer } from '../../src/gazetteer/index.ts';
import type { Geoparser } from '../../src/pipeline/geoparser.ts';
import { runPipeline } from '../../src/pipeline/run/run.ts';
import { shardOf } from '../../src/pipeline/run/shard.ts';
import { outputFiles } from './outputFiles.ts';
import { testGeoparser } from './testGeoparser.ts';

let gp: Geoparser;
beforeAll(async () => { gp = await testGeoparser(); }, 120_000);

function corpus(tmp: string): string {
  const input = join(tmp, 'in');
  mkdirSync(input);
  const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt'));
  for (const f of seeds) writeFileSync(join(input, f), readFileSync(join('seeds', f)));
  const texts = seeds.map((f) => readFileSync(join('seeds', f), 'utf8'));
  for (const a of makeCorpus(texts, [...loadGazetteer().units.values()], { articles: 30, seed: 11 })) writeFileSync(join(input, a.file), a.text);
  return input;
}

describe('shards', () => {
  it('shard 0/2 + shard 1/2 + a merge run equal a single run byte for byte, and the merge reprocesses nothing', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'nmg-shard-'));
    const input = corpus(tmp);
    const files = readdirSync(input).length;
    await runPipeline({ input, out: join(tmp, 'single'), geoparser: gp, workers: 1 });
    const cache = join(tmp, 'cache');
    const s0 = await runPipeline({ input, out: join(tmp, 'merged'), geoparser: gp, workers: 1, cache, shard: { index: 0, count: 2 } });
    const s1 = await runPipeline({ input, out: join(tmp, 'merged'), geoparser: gp, workers: 1, cache, shard: { index: 1, count: 2 } });
    const in0 = readdirSync(input).filter((f) => shardOf(f, 2) === 0).length;
    expect([s0.files, s1.files]).toEqual([in0, files - in0]);
    expect(in0).toBeGreaterThan(0);
    expect(in0).toBeLessThan(files);
    // A shard run writes only cache entries.
    expect(existsSync(join(tmp, 'merged'))).toBe(false);
    // One log per shard, one record per file.
    const logs = readdirSync(cache);
    expect(logs).toHaveLength(2);
    expect(logs.map((f) => readFileSync(join(cache, f), 'latin1').match(/^[0-9a-f]{64} \d+$/gm)?.length ?? 0).reduce((x, y) => x + y)).toBe(files);
    const merged = await runPipeline({ input, out: join(tmp, 'merged'), geoparser: gp, workers: 1, cache });
    expect(merged.cached).toBe(files);
    const a = outputFiles(join(tmp, 'single'));
    const b = outputFiles(join(tmp, 'merged'));
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    // Four JSON files, the manifest of owned files and one source per file.
    expect(a.size).toBe(5 + files);
    for (const [k, v] of a) expect(b.get(k)?.equals(v), k).toBe(true);
    rmSync(tmp, { recursive: true, force: true });
  }, 120_000);

  it('the CLI refuses a malformed --shard with exit 2 and a message naming the option', () => {
    for (const bad of ['3/2', 'a/b', '0/0']) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/pipeline-cli.ts', '--input', 'seeds', '--out', join(tmpdir(), 'nmg-shard-cli'), '--shard', bad], { encoding: 'utf8' });
      expect(r.status, bad).toBe(2);
      expect(r.stderr, bad).toMatch(/--shard: expected I\/N/);
    }
  }, 60_000);
});
