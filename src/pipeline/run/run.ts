/**
 * runPipeline: the whole geoparser run over one input (folder, .csv or .jsonl: readArchive.ts) — list, key every file,
 * process those not cached (in this process, or in it and a pool of processes), merge each outcome in input order as
 * it is ready (merge/merge.ts), then write the outputs as streams. Memory holds file names, keys and what the places
 * and report keep, never the archive. Called by the CLI and by `npm run data`.
 */
import { mkdirSync, opendirSync } from 'node:fs';
import { join } from 'node:path';
import type { FileReport, RowProblem } from '../../contract/index.ts';
import { defaultGeoparser, type Geoparser } from '../geoparser.ts';
import type { ResourcePaths } from '../resources.ts';
import { Merge } from '../merge/merge.ts';
import { type Correction, correctionsKey } from '../resolve/index.ts';
import { decodeBytes } from '../text/index.ts';
import { cacheKey, KeyTable, OutcomeStore } from './cache.ts';
import { type FileOutcome, processOne } from './cacheEntry.ts';
import { InputError } from './inputError.ts';
import type { LIMITS } from './limits.ts';
import { Ahead } from './ahead.ts';
import { defaultWorkers, Pool, POOL_DEFAULTS } from './pool.ts';
import { listArchive, withSources } from './readArchive.ts';
import { readCorrections } from './readCorrections.ts';
import { type InputEntry, readEntry } from './readFolder.ts';
import { assertSeparateFolders } from './separateFolders.ts';
import { checkShard, type Shard, shardOf } from './shard.ts';
import type { SourceLookup } from './rowSpill.ts';
import { makeTempFolder, removeTempFolder } from './tempFolder.ts';
import type { SourceFile } from '../types.ts';

export interface RunOptions {
  input: string;
  out: string;
  /** Called after each file with (done, total, bytes so far). */
  onProgress?: (done: number, total: number, bytes: number) => void;
  /** A prebuilt geoparser (tests and benchmarks reuse one); worker processes rebuild it from the same tables. */
  geoparser?: Geoparser;
  /** Tables to read instead of the package's own (see ResourcePaths); ignored when `geoparser` is given. */
  resources?: Partial<ResourcePaths>;
  /** Input limits (file size, file count, total size); defaults in LIMITS. */
  limits?: Partial<typeof LIMITS>;
  /** Folder of the per-file cache (incremental and sharded runs); a temporary folder, removed after, when absent. */
  cache?: string;
  /** Worker processes (default: one per POOL_DEFAULTS.minFilesPerWorker files to process, at most one per core; 1 = in-process). */
  workers?: number;
  /** Process only the files whose name hashes to this shard, into the cache, and write no outputs. */
  shard?: Shard;
}

export interface RunSummary {
  files: number;
  skipped: number;
  bytes: number;
  places: number;
  mentions: number;
  unresolved: number;
  initiatives: number;
  seconds: number;
  /** Files taken from the cache. */
  cached: number;
  /** Rows of the input's corrections.csv applied, and the malformed ones with their line numbers. */
  corrections: { rows: number; errors: { line: number; message: string }[] };
}

type Unreadable = { file: string; message: string };

/** A run's state between the steps: the files, their cache keys (none when unreadable) and the cache folder. */
interface Run {
  t0: number;
  entries: InputEntry[];
  keys: KeyTable;
  unreadable: Unreadable[];
  gp: Geoparser;
  dir: string;
  /** The outcomes in `dir`. */
  store: OutcomeStore;
  /** Outcomes stay in `dir` after the run (a --cache folder); otherwise they are written there only to wait for the merge. */
  keep: boolean;
  /** Each file's size in bytes (0 until read), for progress. */
  sizes: number[];
  /** Files in the run (this shard's), unreadable ones included. */
  listed: number;
  bytes: number;
  cached: number;
  /** Indexes whose outcome was found in the cache when the run began. */
  fromCache: Set<number>;
  /** The editor's corrections (input/corrections.csv): part of each touched file's key, applied by every process. */
  corrections: { rows: Correction[]; errors: { line: number; message: string }[] };
  /** Archive metadata per file, and the archive's row problems for report.json. */
  sources: SourceLookup;
  rows?: RowProblem[];
}

/** Lists the input (this shard's files only), reads the corrections and opens the cache folder. */
async function begin(options: RunOptions, dir: string, work: string): Promise<Run> {
  const t0 = performance.now();
  if (options.shard) checkShard(options.shard);
  assertSeparateFolders(options.input, options.out);
  const list = await listArchive(options.input, options.limits, work);
  if (list.entries.length === 0 && list.unreadable.length === 0) throw new InputError(`no .txt files or articles with text in input "${options.input}"`);
  const mine = (file: string) => !options.shard || shardOf(file, options.shard.count) === options.shard.index;
  const gp = options.geoparser ?? defaultGeoparser(options.resources);
  mkdirSync(dir, { recursive: true });
  const entries = list.entries.filter((e) => mine(e.file));
  const unreadable = list.unreadable.filter((u) => mine(u.file));
  return {
    t0, entries, keys: new KeyTable(entries.length), sizes: [], unreadable, listed: entries.length + unreadable.length, gp, dir, store: new OutcomeStore(dir), keep: options.cache !== undefined, bytes: 0, cached: 0,
    fromCache: new Set(), corrections: readCorrections(options.input), sources: list.sources, rows: list.rows,
  };
}

/** The decoded text a surface correction is looked for in (empty when the bytes cannot be decoded). */
const textOf = (s: SourceFile) => () => { const d = decodeBytes(s.bytes); return d.ok ? d.text : ''; };

/** Progress callback in (done, total, bytes) form, counting files as they finish. */
function progress(options: RunOptions, total: number) {
  let done = 0;
  let bytes = 0;
  return (n: number) => { bytes += n; options.onProgress?.(++done, total, bytes); };
}

/** Keys every file by its bytes (read one at a time) and returns the indexes whose outcome is not cached yet. */
function keyFiles(r: Run, tick: (bytes: number) => void): number[] {
  const todo: number[] = [];
  r.entries.forEach((e, k) => {
    const s = readEntry(e);
    if (!('bytes' in s)) { r.unreadable.push(s); tick(0); return; }
    // The key holds the resources' key and the corrections that can touch this file, so exactly those are redone.
    const key = cacheKey(s, r.gp.resources.key, correctionsKey(r.corrections.rows, s.file, textOf(s)));
    r.keys.set(k, key);
    r.bytes += s.bytes.length;
    r.sizes[k] = s.bytes.length;
    if (r.store.has(key)) { r.cached++; r.fromCache.add(k); tick(s.bytes.length); } else todo.push(k);
  });
  return todo;
}

/** Processes one file here, caching its outcome when the run keeps them (also the fallback for an entry that turns out corrupt). */
function processHere(r: Run, k: number): FileOutcome | undefined {
  const s = readEntry(r.entries[k]);
  if (!('bytes' in s)) { r.unreadable.push(s); r.keys.delete(k); return undefined; }
  const o = processOne(r.gp, s, r.corrections.rows);
  if (r.keep) r.store.write(r.keys.get(k)!, JSON.stringify(o));
  return o;
}

/** The outcome of file k from the cache, one at a time; an entry found corrupt is processed again and not counted as cached. */
function outcome(r: Run, k: number): FileOutcome | undefined {
  const key = r.keys.get(k);
  if (!key) return undefined;
  const o = r.store.read(key);
  if (o) return o;
  if (r.fromCache.has(k)) { r.fromCache.delete(k); r.cached--; }
  return processHere(r, k);
}

/** An outcome as the merge takes it: its initiatives carry the archive's metadata of their file. */
const sourced = (r: Run, o: FileOutcome | undefined): FileOutcome | undefined => o && { ...o, initiatives: withSources(o.initiatives, r.sources) };

/** Writes the merged outputs with what only the run knows: the files never read, the corrections' counts, the archive's row problems. */
function finishMerge(r: Run, merge: Merge): RunSummary {
  r.unreadable.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const skipped: FileReport[] = r.unreadable.map((u) => ({ file: u.file, status: 'skipped', bytes: 0, message: u.message.startsWith('too large') ? u.message : `unreadable: ${u.message}` }));
  const c = r.corrections;
  const counts: Record<string, number> = c.rows.length + c.errors.length > 0 ? { corrections: c.rows.length, 'corrections:malformed': c.errors.length } : {};
  const m = merge.finish({ skipped, counts, rows: r.rows });
  return { ...summary(r, m.skipped), places: m.places, mentions: m.mentions, unresolved: m.unresolved, initiatives: m.initiatives };
}

/** The counts every run reports, merged or not. */
function summary(r: Run, skipped = r.unreadable.length): RunSummary {
  return {
    files: r.listed,
    skipped,
    bytes: r.bytes, places: 0, mentions: 0, unresolved: 0, initiatives: 0,
    seconds: (performance.now() - r.t0) / 1000, cached: r.cached,
    corrections: { rows: r.corrections.rows.length, errors: r.corrections.errors },
  };
}

/** True when folder `dir` holds nothing (read one entry, not a listing of a large cache). */
function isEmpty(dir: string): boolean {
  const d = opendirSync(dir);
  try { return d.readSync() === null; } finally { d.closeSync(); }
}

/** Outcomes made ahead of the merge wait in memory up to this many characters (about), past it on disk. */
const AHEAD_BUDGET = 32 << 20;
/** The in-process loop goes back to the event loop at least this often (ms), so a stop signal is heard mid-run. */
const YIELD_MS = 100;

/**
 * The whole run; `workers: 1` (or a small input) runs in-process, more use a pool of processes with the same output.
 * Outcomes are kept in the cache folder only when one is asked for; otherwise they go straight to the merge.
 */
export async function runPipeline(options: RunOptions): Promise<RunSummary> {
  if (options.shard && !options.cache) throw new InputError('--shard needs a cache folder (--cache DIR) shared with the merge run');
  // The run's own temporary folder: an archive's row texts (never in OUT or the user's --cache) and, without --cache, outcomes that wait.
  const work = makeTempFolder('nmg-run-');
  const dir = options.cache ?? join(work, 'outcomes');
  let pool: Pool | undefined;
  try {
    const r = await begin(options, dir, work);
    const tick = progress(options, r.entries.length);
    // Without an explicit count, small runs stay in-process: starting a worker costs a geoparser build (~1 s).
    const workersFor = (files: number) => Math.min(files, options.workers ?? Math.min(defaultWorkers(), Math.ceil(files / POOL_DEFAULTS.minFilesPerWorker)));
    // This process takes files too, as one of the n.
    const startPool = (n: number) => new Pool(n - 1, { cacheDir: options.cache, send: !options.shard }, r.gp.resources.paths, r.corrections.rows);
    // With an empty cache folder (none asked for, or a first run) every file is to be processed, so the pool starts
    // before the files are keyed, overlapping its start-up.
    if (isEmpty(dir) && workersFor(r.entries.length) > 1) pool = startPool(workersFor(r.entries.length));
    const todo = keyFiles(r, tick);
    if (!pool && workersFor(todo.length) > 1) pool = startPool(workersFor(todo.length));
    if (pool && todo.length <= 1) { void pool.close(); pool = undefined; }
    const spillDir = options.shard ? undefined : makeTempFolder('nmg-merge-');
    let merge: Merge | undefined;
    try {
      merge = spillDir ? new Merge(r.gp.gaz, r.entries.length, (k) => r.entries[k].file, spillDir, options.out) : undefined;
      // Files still to process; the merge waits at the first of them, and takes every file before it.
      const pending = new Uint8Array(r.entries.length);
      for (const k of todo) pending[k] = 1;
      // With a cache folder every outcome is there already; without one, those past the budget wait in the run's folder.
      const ahead = new Ahead(AHEAD_BUDGET, (k, json) => { if (!r.keep) r.store.write(r.keys.get(k)!, json); });
      const catchUp = () => {
        while (merge && merge.next < pending.length && !pending[merge.next]) merge.add(sourced(r, ahead.take(merge.next) ?? outcome(r, merge.next)));
      };
      const done = (k: number, o: string | FileOutcome | undefined) => {
        if (merge && o !== undefined) ahead.put(k, o);
        tick(r.sizes[k]);
        pending[k] = 0;
        catchUp();
      };
      catchUp();
      if (pool) {
        const tasks = todo.map((k) => ({ index: k, entry: r.entries[k], key: r.keys.get(k)! }));
        await pool.run(tasks, (reply) => {
          if (reply.unreadable !== undefined) { r.unreadable.push({ file: r.entries[reply.index].file, message: reply.unreadable }); r.keys.delete(reply.index); }
          done(reply.index, reply.outcome);
        }, (t) => done(t.index, processHere(r, t.index)));
      } else {
        // In input order, so each outcome is merged as it is made, never read back; back to the event loop every
        // YIELD_MS so that a stop signal is heard (tempFolder.ts).
        let turned = performance.now();
        for (const k of todo) {
          done(k, processHere(r, k));
          if (performance.now() - turned > YIELD_MS) { await new Promise(setImmediate); turned = performance.now(); }
        }
      }
      return merge ? finishMerge(r, merge) : summary(r);
    } finally {
      r.store.close();
      merge?.close();
      if (spillDir) removeTempFolder(spillDir);
    }
  } finally {
    await pool?.close();
    removeTempFolder(work);
  }
}
