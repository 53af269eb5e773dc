/** Input limits of the pipeline, in one documented object, and the checks that enforce them before any file is read. */
import { InputError } from './inputError.ts';

export const LIMITS = {
  /** Files larger than this are skipped with a message in the report (a page of news is a few hundred KB at most). */
  maxFileBytes: 50 * 1024 * 1024,
  /**
   * Folders with more .txt files than this are refused with a clear error rather than risking memory: a run keeps a
   * few hundred bytes per file (name, cache key, report line), about 600 MB at this limit.
   */
  maxFiles: 2_000_000,
  /**
   * Folders whose .txt files add up to more than this are refused before anything is read. None by default: a run
   * keeps per-file results on disk and merges them one file at a time, so memory does not grow with the archive.
   */
  maxTotalBytes: Number.POSITIVE_INFINITY,
};

/** Throws a clear error when a folder holds more .txt files than the limit. */
export function checkFileCount(count: number, maxFiles = LIMITS.maxFiles): void {
  if (count > maxFiles) throw new InputError(`too many files: ${count} .txt files in input folder (limit ${maxFiles}); split the archive or raise --max-files`);
}

/** Throws a clear error when the folder's .txt files add up to more than the limit. */
export function checkTotalSize(bytes: number, maxTotalBytes = LIMITS.maxTotalBytes): void {
  if (bytes > maxTotalBytes) {
    throw new InputError(`too much input: ${(bytes / 1e6).toFixed(1)} MB of .txt files (limit ${(maxTotalBytes / 1e6).toFixed(1)} MB); ` +
      'raise --max-total-mb, or split the archive with --shard I/N');
  }
}

/** The reason a file of `size` bytes is skipped, or undefined when it is within the limit. */
export function tooLarge(size: number, maxFileBytes = LIMITS.maxFileBytes): string | undefined {
  return size > maxFileBytes ? `too large: ${(size / 1e6).toFixed(1)} MB exceeds the ${(maxFileBytes / 1e6).toFixed(1)} MB limit; skipped` : undefined;
}

