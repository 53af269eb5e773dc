/**
 * `npm run data`: builds every generated file, in dependency order, from npm packages and seeds/.
 * gazetteer (data/generated/, public/data/ boundaries) → basemap (public/data/basemap.json) → pipeline on seeds/ (public/data/)
 * → the app's initiative index and details files derived from the pipeline's (public/data/).
 */
import { performance } from 'node:perf_hooks';
import { buildGazetteer } from '../src/gazetteer/build/index.ts';
import { buildBasemap } from './build-basemap.ts';
import { runPipeline } from '../src/pipeline/run/run.ts';
import { writeAppData } from '../src/build/appData.ts';

/** Where each stage reads and writes; one place so scripts and docs agree. */
export const DATA_PATHS = {
  seeds: 'seeds',
  publicData: 'public/data',
} as const;

async function timed(label: string, fn: () => unknown | Promise<unknown>): Promise<void> {
  const t0 = performance.now();
  await fn();
  console.error(`data: ${label} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

async function main(): Promise<void> {
  await timed('gazetteer', () => buildGazetteer());
  await timed('basemap', () => buildBasemap(DATA_PATHS.publicData));
  await timed('pipeline', () => runPipeline({ input: DATA_PATHS.seeds, out: DATA_PATHS.publicData }));
  await timed('app data', () => writeAppData(DATA_PATHS.publicData));
}

main().catch((err: unknown) => {
  console.error(`data: failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
