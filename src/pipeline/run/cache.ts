/**
 * On-disk cache of per-file outcomes keyed by file name, content hash, the resources' key (every table the results
 * depend on: see resources.ts), PIPELINE_VERSION and the editor's corrections that can touch the file, so a re-run
 * after adding articles or decisions processes only those affected, and an edited table redoes the results made
 * with it. Bump PIPELINE_VERSION whenever a step's output changes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/** A cache in `dir`; an unreadable or corrupt entry counts as a miss. */
export function diskCache(dir: string, resourcesKey: string, extraKey: (s: SourceFile) => string = () => ''): OutcomeCache {
  mkdirSync(dir, { recursive: true });
  const path = (s: SourceFile) => join(dir, `${cacheKey(s, resourcesKey, extraKey(s))}.json`);
  const cache: OutcomeCache = {
    hits: 0,
    get(s) {
      try {
        const o = JSON.parse(readFileSync(path(s), 'utf8')) as FileOutcome;
        cache.hits++;
        return o;
      } catch {
        return undefined;
      }
    },
    set(s, o) {
      writeFileSync(path(s), JSON.stringify(o));
    },
  };
  return cache;
}
