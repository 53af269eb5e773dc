/** readFolder: the pipeline's only input I/O; lists the .txt files of a folder (sizes only) and reads their bytes one at a time. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from './inputError.ts';
import { checkFileCount, checkTotalSize, LIMITS, tooLarge } from './limits.ts';
import { readSpilled, type SpilledRow } from './rowSpill.ts';
import type { SourceFile } from '../types.ts';

export interface FolderEntry {
  /** Base name: the file's id in the run. */
  file: string;
  /** The folder, one string shared by every entry: an archive of many files holds no path per file. */
  dir: string;
}

/** A file of the run: a path to read when needed, or an archive row's place in the run's spill file. */
export type InputEntry = FolderEntry | SpilledRow;

export interface FolderList {
  entries: FolderEntry[];
  /** Files that exist but cannot be read or are over the size limit, with the reason. */
  unreadable: { file: string; message: string }[];
}

export interface FolderRead {
  files: SourceFile[];
  unreadable: FolderList['unreadable'];
}

export const byFile = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** The .txt files of `dir`, sorted, without reading them: a run holds only names, never the archive. */
export function listFolder(dir: string, limits: Partial<typeof LIMITS> = {}): FolderList {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    names = readdirSync(dir);
  } catch (err) {
    throw new InputError(`cannot read input folder "${dir}": ${(err as Error).message}`);
  }
  const txt = names.filter((n) => /\.txt$/i.test(n)).sort();
  checkFileCount(txt.length, limits.maxFiles);
  const entries: FolderEntry[] = [];
  const unreadable: FolderList['unreadable'] = [];
  let total = 0;
  for (const file of txt) {
    const path = join(dir, file);
    try {
      const st = statSync(path);
      if (!st.isFile()) continue;
      const big = tooLarge(st.size, limits.maxFileBytes);
      if (big) { unreadable.push({ file, message: big }); continue; }
      total += st.size;
      entries.push({ file, dir });
    } catch (err) {
      unreadable.push({ file, message: (err as Error).message });
    }
  }
  checkTotalSize(total, limits.maxTotalBytes);
  return { entries, unreadable };
}

/** One file's bytes, or the reason it cannot be read. */
export function readEntry(e: InputEntry): SourceFile | { file: string; message: string } {
  try {
    return { file: e.file, bytes: 'spill' in e ? readSpilled(e) : new Uint8Array(readFileSync(join(e.dir, e.file))) };
  } catch (err) {
    return { file: e.file, message: (err as Error).message };
  }
}

/** Lists and reads a whole folder (tests and small tools; a run reads one file at a time). */
export function readFolder(dir: string, limits: Partial<typeof LIMITS> = {}): FolderRead {
  const { entries, unreadable } = listFolder(dir, limits);
  const files: SourceFile[] = [];
  for (const e of entries) {
    const r = readEntry(e);
    if ('bytes' in r) files.push(r); else unreadable.push(r);
  }
  unreadable.sort(byFile);
  return { files, unreadable };
}
