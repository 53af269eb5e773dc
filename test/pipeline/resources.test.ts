/**
 * Every table is part of the cache key: after an edit to a temporary copy of the not-place list or the category
 * lexicon, a cached re-run gives exactly what a fresh run gives, and with no edit it takes every file from the cache.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/index.ts';
import { DEFAULT_RESOURCE_PATHS, readResources } from '../../src/pipeline/resources.ts';

const OUTPUTS = ['places.geojson', 'initiatives.json', 'rollups.json', 'report.json'];
const read = (dir: string) => OUTPUTS.map((f) => readFileSync(join(dir, f), 'utf8'));

/** Copies of the two tables a newsroom edits most, in a temporary folder. */
function tables() {
  const dir = mkdtempSync(join(tmpdir(), 'nmg-tables-'));
  const notPlaces = join(dir, 'not-places.csv');
  const categories = join(dir, 'categories.csv');
  copyFileSync(DEFAULT_RESOURCE_PATHS.notPlaces, notPlaces);
  copyFileSync(DEFAULT_RESOURCE_PATHS.categories, categories);
  return { notPlaces, categories };
}

async function cachedThenFresh(paths: ReturnType<typeof tables>, edit: () => void) {
  const cache = mkdtempSync(join(tmpdir(), 'nmg-cache-'));
  const first = await runPipeline({ input: 'seeds', out: mkdtempSync(join(tmpdir(), 'nmg-o1-')), cache, resources: paths, workers: 1 });
  const again = await runPipeline({ input: 'seeds', out: mkdtempSync(join(tmpdir(), 'nmg-o2-')), cache, resources: paths, workers: 1 });
  edit();
  const out = mkdtempSync(join(tmpdir(), 'nmg-o3-'));
  const edited = await runPipeline({ input: 'seeds', out, cache, resources: paths, workers: 1 });
  const freshOut = mkdtempSync(join(tmpdir(), 'nmg-o4-'));
  await runPipeline({ input: 'seeds', out: freshOut, resources: paths, workers: 1 });
  return { first, again, edited, cachedOutputs: read(out), freshOutputs: read(freshOut) };
}

describe('resources in the cache key', () => {
  it('hashes each table, and the key changes with any of them', () => {
    const paths = tables();
    const before = readResources(paths);
    writeFileSync(paths.categories, `${readFileSync(paths.categories, 'utf8')}elderly-care,长寿饭,2,test row\n`);
    const after = readResources(paths);
    expect(after.hashes.categories).not.toBe(before.hashes.categories);
    expect(after.hashes.notPlaces).toBe(before.hashes.notPlaces);
    expect(after.key).not.toBe(before.key);
  });
  it('redoes every file after a lexicon edit, and the result equals a fresh run', async () => {
    const paths = tables();
    const r = await cachedThenFresh(paths, () => {
      // Drop every elderly-care term: no item may stay in that category.
      const rows = readFileSync(paths.categories, 'utf8').split('\n').filter((l) => !l.startsWith('elderly-care,'));
      writeFileSync(paths.categories, rows.join('\n'));
    });
    expect(r.again.cached).toBe(r.first.files);
    expect(r.edited.cached).toBe(0);
    expect(r.cachedOutputs).toEqual(r.freshOutputs);
    expect(JSON.parse(r.cachedOutputs[1]).some((it: { category: string }) => it.category === 'elderly-care')).toBe(false);
  }, 120_000);
  it('redoes every file after a not-place edit, and the result equals a fresh run', async () => {
    const paths = tables();
    const r = await cachedThenFresh(paths, () => writeFileSync(paths.notPlaces, 'text,kind,note\n'));
    expect(r.edited.cached).toBe(0);
    expect(r.cachedOutputs).toEqual(r.freshOutputs);
  }, 120_000);
});
