/** Input limits of the pipeline, in one documented object, and the checks that enforce them before any file is read. */
import type { Doc, ResolvedMention } from './types.ts';

export const LIMITS = {
  /** Files larger than this are skipped with a message in the report (a page of news is a few hundred KB at most). */
  maxFileBytes: 50 * 1024 * 1024,
  /** Folders with more .txt files than this are refused with a clear error rather than risking memory. */
  maxFiles: 200_000,
};

/** Throws a clear error when a folder holds more .txt files than the limit. */
export function checkFileCount(count: number, maxFiles = LIMITS.maxFiles): void {
  if (count > maxFiles) throw new Error(`too many files: ${count} .txt files in input folder (limit ${maxFiles}); split the archive or raise --max-files`);
}

/** The reason a file of `size` bytes is skipped, or undefined when it is within the limit. */
export function tooLarge(size: number, maxFileBytes = LIMITS.maxFileBytes): string | undefined {
  return size > maxFileBytes ? `too large: ${(size / 1e6).toFixed(1)} MB exceeds the ${(maxFileBytes / 1e6).toFixed(1)} MB limit; skipped` : undefined;
}

/**
 * Keeps of a processed doc only what the merge needs (original text and the map entries at mention ends), so memory
 * does not hold every page's clean text and full offset map until the run ends.
 */
export function compactDoc(doc: Doc, mentions: ResolvedMention[]): Doc {
  const map: Record<number, number> & { length: number } = { length: doc.map.length };
  for (const m of mentions) for (const i of [m.start, m.end - 1, m.end]) if (i >= 0 && i < doc.map.length) map[i] = doc.map[i];
  return { ...doc, clean: '', map };
}
