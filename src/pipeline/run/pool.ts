/**
 * A pool of child processes for the per-file steps: each process builds the geoparser once, takes files by index,
 * reads them itself and writes each outcome to the cache folder, so only indexes and paths cross between processes
 * (an archive row crosses as its place in the run's spill file: rowSpill.ts). Separate
 * processes, unlike worker threads, each run at full speed on their own core (BENCHMARKS.md).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Correction } from '../resolve/index.ts';
import type { ResourcePaths } from '../resources.ts';
import type { InputEntry } from './readFolder.ts';

export const POOL_DEFAULTS = {
  /** Without an explicit worker count, one worker per this many uncached files (up to the cores). */
  minFilesPerWorker: 200,
  /** Files handed to each worker ahead, so it never waits on the main process between two files. */
  inFlight: 4,
};

/** Default pool size: one worker per core the process may use. */
export const defaultWorkers = (): number => availableParallelism();

/** One task: a file of the run, by its index, and the cache key its outcome is written under. */
export interface PoolTask { index: number; entry: InputEntry; key: string }
/** What a worker is sent: the corrections once, first, then tasks. */
export type PoolMessage = PoolTask | { corrections: Correction[] };
/** A worker's answer: the task's index, and the reason when the file could not be read. */
export interface PoolReply { index: number; unreadable?: string }

/** The tsx loader as an absolute URL, so workers load TypeScript from any working directory. */
const tsxLoader = (): string => pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/**
 * Runs `tasks` on `n` child processes writing outcomes into `cacheDir`; each builds its geoparser from `resources`
 * and applies `corrections`; `done` hears each reply as it arrives.
 */
export function processInPool(tasks: PoolTask[], n: number, cacheDir: string, resources: ResourcePaths, corrections: Correction[], done: (r: PoolReply) => void): Promise<void> {
  let next = 0;
  let finished = 0;
  const entry = fileURLToPath(new URL('./worker.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    const workers: ChildProcess[] = [];
    let settled = false;
    const end = (err?: Error) => {
      if (settled) return;
      settled = true;
      for (const w of workers) w.kill();
      if (err) reject(err); else resolve();
    };
    const feed = (w: ChildProcess) => { if (next < tasks.length) w.send(tasks[next++]); };
    for (let i = 0; i < Math.max(1, Math.min(n, tasks.length)); i++) {
      // 'advanced' serialization: messages cross as structured clones, not JSON.
      const w = fork(entry, [cacheDir, JSON.stringify(resources)], { execArgv: ['--import', tsxLoader()], stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
      workers.push(w);
      w.send({ corrections } satisfies PoolMessage);
      w.on('message', (r: PoolReply) => {
        done(r);
        if (++finished === tasks.length) end(); else feed(w);
      });
      w.on('error', (err) => end(err));
      w.on('exit', (code) => { if (!settled) end(new Error(`pipeline worker exited with code ${code} before finishing`)); });
      for (let k = 0; k < POOL_DEFAULTS.inFlight; k++) feed(w);
    }
    if (tasks.length === 0) end();
  });
}
