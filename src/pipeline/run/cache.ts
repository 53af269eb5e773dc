/**
 * On-disk cache of per-file outcomes keyed by file name, content hash, the resources' key (every table the results
 * depend on: see resources.ts), PIPELINE_VERSION and the editor's corrections that can touch the file, so a re-run
 * after adding articles or decisions processes only those affected, and an edited table redoes the results made
 * with it. Bump PIPELINE_VERSION whenever a step's output changes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileOutcome } from './cacheEntry.ts';
import type { SourceFile } from '../types.ts';

export const PIPELINE_VERSION = '6';

export interface OutcomeCache {
  get(source: SourceFile): FileOutcome | undefined;
  set(source: SourceFile, outcome: FileOutcome): void;
  hits: number;
}

/** The key covers the name too: initiative ids and mention files embed it; `extra` is '' for a file no correction touches. */
export function cacheKey(source: SourceFile, resourcesKey: string, extra = ''): string {
  const h = createHash('sha256').update(`${PIPELINE_VERSION}\0${resourcesKey}\0${source.file}\0`).update(source.bytes);
  if (extra) h.update(`\0${extra}`);
  return h.digest('hex');
}

/** The cache keys of a run's files by file number, 32 bytes each rather than a 64-character string: an archive has many files. */
export class KeyTable {
  private bytes: Buffer;
  private has: Uint8Array;
  constructor(n: number) {
    this.bytes = Buffer.alloc(32 * n);
    this.has = new Uint8Array(n);
  }
  set(k: number, key: string): void {
    this.bytes.write(key, 32 * k, 32, 'hex');
    this.has[k] = 1;
  }
  /** The key of file k, or undefined when it has none (unreadable). */
  get(k: number): string | undefined {
    return this.has[k] ? this.bytes.toString('hex', 32 * k, 32 * k + 32) : undefined;
  }
  delete(k: number): void { this.has[k] = 0; }
}

/** Where the outcome of key `key` lives in cache folder `dir` (workers and the merge address entries by key). */
export const entryPath = (dir: string, key: string): string => join(dir, `${key}.json`);

/** The cached outcome of `key`, or undefined when it is missing or corrupt. */
export function readOutcome(dir: string, key: string): FileOutcome | undefined {
  try {
    return JSON.parse(readFileSync(entryPath(dir, key), 'utf8')) as FileOutcome;
  } catch {
    return undefined;
  }
}

/** Written under a temporary name and renamed, so a reader (another shard, the merge) never sees half an entry. */
export function writeOutcomeJson(dir: string, key: string, json: string): void {
  const tmp = `${entryPath(dir, key)}.${process.pid}.partial`;
  writeFileSync(tmp, json);
  renameSync(tmp, entryPath(dir, key));
}

export const writeOutcome = (dir: string, key: string, o: FileOutcome): void => writeOutcomeJson(dir, key, JSON.stringify(o));

/** A cache in `dir`; an unreadable or corrupt entry counts as a miss. */
export function diskCache(dir: string, resourcesKey: string, extraKey: (s: SourceFile) => string = () => ''): OutcomeCache {
  mkdirSync(dir, { recursive: true });
  const cache: OutcomeCache = {
    hits: 0,
    get(s) {
      const o = readOutcome(dir, cacheKey(s, resourcesKey, extraKey(s)));
      if (o) cache.hits++;
      return o;
    },
    set(s, o) {
      writeOutcome(dir, cacheKey(s, resourcesKey, extraKey(s)), o);
    },
  };
  return cache;
}
