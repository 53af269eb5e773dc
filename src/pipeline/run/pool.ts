/**
 * A worker_threads pool for the per-file steps: each worker builds the geoparser once, takes the next file when it
 * is free, and outcomes come back in input order so the merged output equals the single-threaded run.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileOutcome } from './cacheEntry.ts';
import type { Correction } from '../resolve/index.ts';
import type { SourceFile } from '../types.ts';
import type { ResourcePaths } from '../resources.ts';

export const POOL_DEFAULTS = {
  /** Without an explicit worker count, one worker per this many uncached files (up to the cores). */
  minFilesPerWorker: 200,
  /** Files handed to each worker ahead, so it never waits on the main thread between two files. */
  inFlight: 4,
};

/** Default pool size: one worker per core the process may use. */
export const defaultWorkers = (): number => availableParallelism();

/** Processes `sources` on `n` workers; `done` is called with each outcome's index as it arrives. */
export function processInPool(sources: SourceFile[], n: number, resources: ResourcePaths, done?: (index: number) => void, corrections: Correction[] = []): Promise<FileOutcome[]> {
  const out: FileOutcome[] = new Array(sources.length);
  let next = 0;
  let finished = 0;
  // Workers are TypeScript: tsx is registered in each thread so the same sources run under tsx and vitest.
  const url = new URL('./workerShim.mjs', import.meta.url);
  return new Promise((resolve, reject) => {
    const workers = Array.from({ length: Math.max(1, Math.min(n, sources.length)) }, () => new Worker(url, { workerData: { resources, corrections } }));
    const stop = () => Promise.all(workers.map((w) => w.terminate()));
    const feed = (w: Worker) => { if (next < sources.length) { const index = next++; w.postMessage({ index, source: sources[index] }); } };
    for (const w of workers) {
      w.on('message', (m: { index: number; outcome: FileOutcome }) => {
        out[m.index] = m.outcome;
        finished++;
        done?.(m.index);
        if (finished === sources.length) void stop().then(() => resolve(out));
        else feed(w);
      });
      w.on('error', (err) => void stop().then(() => reject(err)));
      for (let k = 0; k < POOL_DEFAULTS.inFlight; k++) feed(w);
    }
    if (sources.length === 0) void stop().then(() => resolve(out));
  });
}
