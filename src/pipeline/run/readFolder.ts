/** readFolder: the pipeline's only input I/O; lists the .txt files of a folder and reads their bytes. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from './inputError.ts';
import { checkFileCount, checkTotalSize, LIMITS, tooLarge } from './limits.ts';
import type { SourceFile } from '../types.ts';

export interface FolderRead {
  files: SourceFile[];
  /** Files that exist but could not be read (permissions, races), with the reason. */
  unreadable: { file: string; message: string }[];
}

/** Throws an InputError with a clear message when the folder itself cannot be read. */
export function readFolder(dir: string, limits: Partial<typeof LIMITS> = {}): FolderRead {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    names = readdirSync(dir);
  } catch (err) {
    throw new InputError(`cannot read input folder "${dir}": ${(err as Error).message}`);
  }
  const files: SourceFile[] = [];
  const unreadable: FolderRead['unreadable'] = [];
  const txt = names.filter((n) => /\.txt$/i.test(n)).sort();
  checkFileCount(txt.length, limits.maxFiles);
  // Sizes first, so that a folder too large to process is refused before any of it is read.
  const toRead: { file: string; path: string }[] = [];
  let total = 0;
  for (const file of txt) {
    const path = join(dir, file);
    try {
      const st = statSync(path);
      if (!st.isFile()) continue;
      const big = tooLarge(st.size, limits.maxFileBytes);
      if (big) { unreadable.push({ file, message: big }); continue; }
      total += st.size;
      toRead.push({ file, path });
    } catch (err) {
      unreadable.push({ file, message: (err as Error).message });
    }
  }
  checkTotalSize(total, limits.maxTotalBytes);
  for (const { file, path } of toRead) {
    try {
      files.push({ file, bytes: new Uint8Array(readFileSync(path)) });
    } catch (err) {
      unreadable.push({ file, message: (err as Error).message });
    }
  }
  unreadable.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, unreadable };
}
