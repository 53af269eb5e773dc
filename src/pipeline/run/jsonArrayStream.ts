/**
 * writeJsonArray: writes an array to a file item by item, byte-identical to JSON.stringify of the whole array, so an
 * output far larger than memory never exists as one string.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

/** Bytes gathered before each write: few system calls, little memory. */
const CHUNK_CHARS = 1 << 20;

/** Writes `items` to `path` as a JSON array; `check` sees each item first and may throw to stop (the file is then partial). */
export function writeJsonArray<T>(path: string, items: Iterable<T>, check?: (item: T, index: number) => void): number {
  const fd = openSync(path, 'w');
  let buf = '[';
  let n = 0;
  try {
    for (const it of items) {
      check?.(it, n);
      buf += (n++ ? ',' : '') + JSON.stringify(it);
      if (buf.length >= CHUNK_CHARS) { writeSync(fd, buf); buf = ''; }
    }
    writeSync(fd, `${buf}]`);
  } finally {
    closeSync(fd);
  }
  return n;
}
