/**
 * runPipeline: the whole geoparser run over one folder — read, process every file, build initiatives, collect
 * places, roll up, report, validate and write. Called by the CLI and by `npm run data`.
 */
import type { FileReport, Initiative, PlaceCollection } from '../../contract/index.ts';
import { defaultGeoparser, type Geoparser } from '../geoparser.ts';
import type { ResourcePaths } from '../resources.ts';
import { buildReport } from '../merge/buildReport.ts';
import { collectPlaces } from '../merge/collectPlaces.ts';
import { correctionsKey } from '../resolve/index.ts';
import { decodeBytes } from '../text/index.ts';
import { diskCache } from './cache.ts';
import { type FileOutcome, processOne } from './cacheEntry.ts';
import { defaultWorkers, POOL_DEFAULTS, processInPool } from './pool.ts';
import type { FileMentions, SourceFile } from '../types.ts';
import type { LIMITS } from './limits.ts';
import { InputError } from './inputError.ts';
import { readCorrections } from './readCorrections.ts';
import { readArchive, withSources } from './readArchive.ts';
import { assertSeparateFolders } from './separateFolders.ts';
import { rollup } from '../merge/rollup.ts';
import { writeOutputs } from './writeOutputs.ts';

export interface RunOptions {
  input: string;
  out: string;
  /** Called after each file with (done, total, bytes so far). */
  onProgress?: (done: number, total: number, bytes: number) => void;
  /** A prebuilt geoparser (tests and benchmarks reuse one); workers rebuild it from the same tables. */
  geoparser?: Geoparser;
  /** Tables to read instead of the package's own (see ResourcePaths); ignored when `geoparser` is given. */
  resources?: Partial<ResourcePaths>;
  /** Input limits (file size, file count, total size); defaults in LIMITS. */
  limits?: Partial<typeof LIMITS>;
  /** Folder of the per-file cache (incremental runs); no cache when absent. */
  cache?: string;
  /** Worker threads (default: one per POOL_DEFAULTS.minFilesPerWorker files to process, at most one per core; 1 = in-process). */
  workers?: number;
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

/** The decoded text a surface correction is looked for in (empty when the bytes cannot be decoded). */
const textOf = (s: SourceFile) => () => { const d = decodeBytes(s.bytes); return d.ok ? d.text : ''; };

/** Reads the input (folder, .csv or .jsonl) and opens the cache: everything a run needs before the per-file steps. */
async function begin(options: RunOptions) {
  const t0 = performance.now();
  assertSeparateFolders(options.input, options.out);
  const { files, unreadable, sources, rows } = await readArchive(options.input, options.limits);
  if (files.length === 0 && unreadable.length === 0) throw new InputError(`no .txt files or articles with text in input "${options.input}"`);
  const gp = options.geoparser ?? defaultGeoparser(options.resources);
  // The editor's corrections are a resource of this input: each file's cache key holds those that can touch it.
  const corrections = readCorrections(options.input);
  const cache = options.cache ? diskCache(options.cache, gp.resources.key, (s) => correctionsKey(corrections.rows, s.file, textOf(s))) : undefined;
  return { t0, files, unreadable, sources, rows, gp, cache, corrections };
}
type Begun = Awaited<ReturnType<typeof begin>>;

/** Merges the per-file outcomes (in input order) into places, initiatives, rollups and report, and writes them. */
function finish(options: RunOptions, b: Begun, outcomes: FileOutcome[]): RunSummary {
  const reports: FileReport[] = b.unreadable.map((u) => ({ file: u.file, status: 'skipped', bytes: 0, message: u.message.startsWith('too large') ? u.message : `unreadable: ${u.message}` }));
  const docs: FileMentions[] = [];
  const initiatives: Initiative[] = [];
  const sources = new Map<string, string>();
  for (const r of outcomes) {
    reports.push(r.report);
    if (r.text !== undefined && r.mentions) {
      docs.push({ file: r.report.file, text: r.text, mentions: r.mentions });
      sources.set(r.report.file, r.text);
      initiatives.push(...withSources(r.initiatives, b.sources));
    }
  }
  const features = collectPlaces(b.gp.gaz, docs);
  const byId = new Map(features.map((f) => [f.properties.id, f]));
  for (const it of initiatives) for (const id of it.places) byId.get(id)?.properties.initiatives.push(it.id);
  const places: PlaceCollection = { type: 'FeatureCollection', features };
  const c = b.corrections;
  const correctionCounts: Record<string, number> = c.rows.length + c.errors.length > 0 ? { corrections: c.rows.length, 'corrections:malformed': c.errors.length } : {};
  const report = { ...buildReport(reports, docs, { places: features.length, initiatives: initiatives.length, ...correctionCounts }), ...(b.rows ? { rows: b.rows } : {}) };
  writeOutputs(options.out, { places, initiatives, rollups: rollup(features, initiatives), report, sources });
  return {
    files: b.files.length + b.unreadable.length,
    skipped: reports.filter((r) => r.status === 'skipped').length,
    bytes: b.files.reduce((n, f) => n + f.bytes.length, 0),
    places: features.length,
    mentions: report.counts.mentions ?? 0,
    unresolved: report.counts['mentions:unresolved'] ?? 0,
    initiatives: initiatives.length,
    seconds: (performance.now() - b.t0) / 1000,
    cached: b.cache?.hits ?? 0,
    corrections: { rows: b.corrections.rows.length, errors: b.corrections.errors },
  };
}

/** Progress callback in (done, total, bytes) form, counting files as they finish. */
function progress(options: RunOptions, files: SourceFile[]) {
  let done = 0;
  let bytes = 0;
  return (k: number) => { bytes += files[k].bytes.length; options.onProgress?.(++done, files.length, bytes); };
}

/** Outcomes found in the cache (ticked off at once) and the indexes of the files still to process. */
function fromCache(b: Begun, tick: (k: number) => void): { outcomes: (FileOutcome | undefined)[]; todo: number[] } {
  const outcomes = b.files.map((f) => b.cache?.get(f));
  const todo: number[] = [];
  outcomes.forEach((o, k) => (o ? tick(k) : todo.push(k)));
  return { outcomes, todo };
}

/** The per-file steps in this thread, each outcome cached as it is made. */
function processHere(b: Begun, todo: number[], tick: (k: number) => void): FileOutcome[] {
  return todo.map((k) => { const r = processOne(b.gp, b.files[k], b.corrections.rows); b.cache?.set(b.files[k], r); tick(k); return r; });
}

/** The whole run; `workers: 1` (or a small input) runs in-process, more use a worker pool with the same output. */
export async function runPipeline(options: RunOptions): Promise<RunSummary> {
  const b = await begin(options);
  const tick = progress(options, b.files);
  const { outcomes, todo } = fromCache(b, tick);
  // Without an explicit count, small runs stay in-process: starting a worker costs a geoparser build (~1 s).
  const n = options.workers ?? Math.min(defaultWorkers(), Math.ceil(todo.length / POOL_DEFAULTS.minFilesPerWorker));
  if (n > 1) {
    const fresh = await processInPool(todo.map((k) => b.files[k]), n, b.gp.resources.paths, (i) => tick(todo[i]), b.corrections.rows);
    todo.forEach((k, i) => { outcomes[k] = fresh[i]; b.cache?.set(b.files[k], fresh[i]); });
  } else {
    processHere(b, todo, tick).forEach((r, i) => { outcomes[todo[i]] = r; });
  }
  return finish(options, b, outcomes as FileOutcome[]);
}
