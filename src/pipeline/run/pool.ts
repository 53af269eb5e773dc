/**
 * A pool of child processes for the per-file steps: each process builds the geoparser once, takes files by index and
 * reads them itself, so only indexes and paths go to a worker (an archive row goes as its place in the run's spill file:
 * rowSpill.ts); each outcome comes back as JSON over IPC and, when the run has a cache folder, is written there too. Separate
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
  /**
   * Files handed to each worker ahead, so it never waits on the main process between two files: the main process also
   * merges and takes files itself, and can be busy for tens of files' time (with 4, a worker sat idle 30 % of a run).
   */
  inFlight: 32,
};

/** Default pool size: one worker per core the process may use. */
export const defaultWorkers = (): number => availableParallelism();

/** One task: a file of the run, by its index, and the cache key its outcome is written under. */
export interface PoolTask { index: number; entry: InputEntry; key: string }
/** What a worker is sent: the corrections once, first, then tasks. */
export type PoolMessage = PoolTask | { corrections: Correction[] };
/** A worker's answer: the task's index, the outcome as JSON when asked for, or the reason the file could not be read. */
export interface PoolReply { index: number; outcome?: string; unreadable?: string }

/** Where workers put outcomes: a cache folder to write each one into (none: not kept), and whether to send each back. */
export interface PoolOutput { cacheDir?: string; send: boolean }

/** The tsx loader as an absolute URL, so workers load TypeScript from any working directory. */
const tsxLoader = (): string => pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/**
 * `n` child processes, forked at once so their start-up (loading the code, building the geoparser from `resources`)
 * overlaps the main process's own work before the first task; each applies `corrections` and puts outcomes as `output` says.
 */
export class Pool {
  private workers: ChildProcess[] = [];
  private failed?: Error;
  private onFail?: (err: Error) => void;

  constructor(n: number, output: PoolOutput, resources: ResourcePaths, corrections: Correction[]) {
    const entry = fileURLToPath(new URL('./worker.ts', import.meta.url));
    const args = [output.cacheDir ?? '', output.send ? 'send' : '', JSON.stringify(resources)];
    for (let i = 0; i < n; i++) {
      // 'advanced' serialization: messages cross as structured clones, not JSON.
      const w = fork(entry, args, { execArgv: ['--import', tsxLoader()], stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
      this.workers.push(w);
      w.send({ corrections } satisfies PoolMessage);
      w.on('error', (err) => this.fail(err));
      w.on('exit', (code) => this.fail(new Error(`pipeline worker exited with code ${code} before finishing`)));
    }
  }

  private fail(err: Error): void {
    if (this.failed) return;
    this.failed = err;
    this.onFail?.(err);
  }

  /**
   * Runs `tasks` on the workers, a few in flight each; `done` hears each reply as it arrives. With `here`, the calling
   * process takes the next task too whenever it is idle, so it works as one more worker without starting one.
   */
  run(tasks: PoolTask[], done: (r: PoolReply) => void, here?: (t: PoolTask) => void): Promise<void> {
    let next = 0;
    let finished = 0;
    return new Promise((resolve, reject) => {
      let settled = false;
      const end = (err?: Error) => {
        if (settled) return;
        settled = true;
        void this.close();
        if (err) reject(err); else resolve();
      };
      if (this.failed) return end(this.failed);
      this.onFail = end;
      const feed = (w: ChildProcess) => { if (next < tasks.length) w.send(tasks[next++]); };
      for (const w of this.workers) {
        w.on('message', (r: PoolReply) => {
          done(r);
          if (++finished === tasks.length) end(); else feed(w);
        });
        for (let k = 0; k < POOL_DEFAULTS.inFlight; k++) feed(w);
      }
      // One task at a time, back to the event loop between two, so the workers' replies are heard meanwhile.
      const local = () => {
        if (settled || next >= tasks.length) return;
        try { here!(tasks[next++]); } catch (err) { return end(err as Error); }
        if (++finished === tasks.length) end(); else setImmediate(local);
      };
      if (here) setImmediate(local);
      if (tasks.length === 0) end();
    });
  }

  /**
   * Stops every worker (a pool that turns out not to be needed, or one whose run is over); resolves once each has
   * exited, so a run returns with no process of its own left (and their CPU time counted as its children's).
   */
  close(): Promise<void> {
    this.failed ??= new Error('pipeline pool closed');
    return Promise.all(this.workers.map((w) => new Promise<void>((resolve) => {
      if (w.exitCode !== null || w.signalCode !== null) return resolve();
      w.once('exit', () => resolve());
      w.kill();
    }))).then(() => undefined);
  }
}
