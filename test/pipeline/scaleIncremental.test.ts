/** Incremental runs: adding one file to a cached run processes only that file and gives byte-identical output. */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Geoparser } from '../../src/pipeline/geoparser.ts';
import { runPipeline } from '../../src/pipeline/run/run.ts';
import { outputFiles } from './outputFiles.ts';
import { testGeoparser } from './testGeoparser.ts';

let gp: Geoparser;
beforeAll(async () => { gp = await testGeoparser(); }, 120_000);

describe('incremental cache', () => {
  it('run on N-1 files then on N with the cache equals a full run byte for byte', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'nmg-inc-'));
    const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort();
    expect(seeds.length).toBeGreaterThan(1);
    const full = await runPipeline({ input: 'seeds', out: join(tmp, 'full'), geoparser: gp });
    const input = join(tmp, 'in');
    for (const f of seeds.slice(0, -1)) cpSync(join('seeds', f), join(input, f));
    const cache = join(tmp, 'cache');
    const first = await runPipeline({ input, out: join(tmp, 'inc'), geoparser: gp, cache });
    expect(first.cached).toBe(0);
    cpSync(join('seeds', seeds.at(-1)!), join(input, seeds.at(-1)!));
    const second = await runPipeline({ input, out: join(tmp, 'inc'), geoparser: gp, cache });
    expect(second.cached).toBe(seeds.length - 1);
    const a = outputFiles(join(tmp, 'full'));
    const b = outputFiles(join(tmp, 'inc'));
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [k, v] of a) expect(b.get(k)?.equals(v), k).toBe(true);
    expect(second.places).toBe(full.places);
    rmSync(tmp, { recursive: true, force: true });
  }, 120_000);

  it('a changed file is reprocessed, not served from the cache', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'nmg-inc2-'));
    const f = readdirSync('seeds').find((x) => x.endsWith('.txt'))!;
    cpSync(join('seeds', f), join(tmp, 'in', f));
    await runPipeline({ input: join(tmp, 'in'), out: join(tmp, 'out'), geoparser: gp, cache: join(tmp, 'c') });
    cpSync(join('seeds', f), join(tmp, 'in', f), { force: true });
    expect((await runPipeline({ input: join(tmp, 'in'), out: join(tmp, 'out'), geoparser: gp, cache: join(tmp, 'c') })).cached).toBe(1);
    appendFileSync(join(tmp, 'in', f), '\n包头市\n');
    expect((await runPipeline({ input: join(tmp, 'in'), out: join(tmp, 'out'), geoparser: gp, cache: join(tmp, 'c') })).cached).toBe(0);
    rmSync(tmp, { recursive: true, force: true });
  }, 120_000);
});
