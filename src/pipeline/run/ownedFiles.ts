/**
 * The files the pipeline wrote in its output folder, recorded in a manifest there, so that a run deletes or
 * overwrites only files it made itself and never a user's file that happens to sit in OUT.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError } from './inputError.ts';

export const MANIFEST_FILE = '.nmg-atlas-outputs.json';

export interface OwnedFiles {
  /** Paths (relative to OUT, with `/` separators) recorded by an earlier run and neither written nor claimed by this one. */
  stale(): string[];
  /** Throws an InputError naming every path that exists in OUT but was not written by the pipeline. */
  assertWritable(rels: Iterable<string>): void;
  /** Moves the finished file `from` (on OUT's file system) to OUT/rel and records it. */
  move(rel: string, from: string): void;
  /** Records OUT/rel as the pipeline's (a file it wrote earlier and found unchanged). */
  claim(rel: string): void;
  /** Deletes OUT/rel when the pipeline wrote it; a path it does not own is left alone. */
  remove(rel: string): void;
  /** Saves the manifest (atomically). */
  save(): void;
}

/** The manifest's paths, each marked false until this run writes or claims it. */
function readManifest(out: string): Map<string, boolean> {
  const file = join(out, MANIFEST_FILE);
  if (!existsSync(file)) return new Map();
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new InputError(`${file} is not valid JSON (${(err as Error).message}); it records which files of OUT the pipeline wrote: restore or remove it`);
  }
  const files = (parsed as { files?: unknown })?.files;
  if (!Array.isArray(files) || !files.every((f) => typeof f === 'string')) throw new InputError(`${file} has no "files" list of paths`);
  return new Map((files as string[]).map((f) => [f, false]));
}

/** Makes the folder `path` goes in, unless it is in `made` (folders made already: a run puts thousands of sources in one). */
export function makeParent(path: string, made: Set<string>): void {
  const dir = dirname(path);
  if (!made.has(dir)) { mkdirSync(dir, { recursive: true }); made.add(dir); }
}

function writeAtomic(path: string, data: string | Uint8Array): void {
  makeParent(path, new Set());
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

/** The owned files of `out` (created when absent); paths outside OUT are refused. */
export function ownedFiles(out: string): OwnedFiles {
  const owned = readManifest(out);
  const made = new Set<string>();
  const check = (rel: string) => {
    if (rel.startsWith('/') || rel.split('/').includes('..') || rel === MANIFEST_FILE) throw new Error(`not an output path: ${rel}`);
  };
  return {
    stale: () => [...owned].filter(([, now]) => !now).map(([rel]) => rel),
    assertWritable(rels) {
      const foreign: string[] = [];
      for (const rel of rels) { check(rel); if (!owned.has(rel) && existsSync(join(out, rel))) foreign.push(rel); }
      if (foreign.length === 0) return;
      const shown = foreign.slice(0, 5).map((f) => join(out, f)).join(', ') + (foreign.length > 5 ? ` and ${foreign.length - 5} more` : '');
      throw new InputError(`output folder holds files the pipeline did not write: ${shown}. ` +
        `Nothing was written; move them away or choose another --out (the pipeline lists what it wrote in ${MANIFEST_FILE})`);
    },
    move(rel, from) {
      check(rel);
      const path = join(out, rel);
      makeParent(path, made);
      renameSync(from, path);
      owned.set(rel, true);
    },
    claim(rel) {
      check(rel);
      owned.set(rel, true);
    },
    remove(rel) {
      if (!owned.has(rel)) return;
      rmSync(join(out, rel), { force: true });
      owned.delete(rel);
    },
    save() {
      writeAtomic(join(out, MANIFEST_FILE), `${JSON.stringify({ tool: 'nmg-atlas pipeline', files: [...owned.keys()].sort() }, null, 1)}\n`);
    },
  };
}
