/**
 * Streamed JSON: an array (or an object around one array) written to a file item by item, byte-identical to
 * JSON.stringify of the whole, so an output far larger than memory never exists as one string.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

/** Bytes gathered before each write: few system calls, little memory. */
const CHUNK_CHARS = 1 << 20;

export interface ArrayFrame<T> {
  /** Sees each item first and may throw to stop (the file is then partial). */
  check?: (item: T, index: number) => void;
  /** Text before the first item (default `[`). */
  open?: string;
  /** Text after the last item, given the item count (default `]`). */
  close?: (count: number) => string;
  /** One item's text, separator excluded (default JSON.stringify). */
  item?: (item: T) => string;
}

/** Writes `items` to `path` framed as `frame` says; returns the item count. */
export function writeJsonArray<T>(path: string, items: Iterable<T>, frame: ArrayFrame<T> = {}): number {
  const fd = openSync(path, 'w');
  let buf = frame.open ?? '[';
  let n = 0;
  try {
    for (const it of items) {
      frame.check?.(it, n);
      buf += (n++ ? ',' : '') + (frame.item ? frame.item(it) : JSON.stringify(it));
      if (buf.length >= CHUNK_CHARS) { writeSync(fd, buf); buf = ''; }
    }
    writeSync(fd, buf + (frame.close ? frame.close(n) : ']'));
  } finally {
    closeSync(fd);
  }
  return n;
}

/** `JSON.stringify(v, null, 1)` as it appears nested `depth` levels deep in a document indented by one space. */
export const indented = (v: unknown, depth: number): string => JSON.stringify(v, null, 1).replace(/\n/g, `\n${' '.repeat(depth)}`);

/**
 * The frame that writes `{ ...head, [key]: items, ...tail }` exactly as `JSON.stringify(whole, null, 1)` does, the
 * items streamed (head and tail are small objects written whole).
 */
export function prettyObjectFrame<T>(head: Record<string, unknown>, key: string, tail: Record<string, unknown>, check?: (item: T, index: number) => void): ArrayFrame<T> {
  const props = (o: Record<string, unknown>) => Object.entries(o).map(([k, v]) => `\n ${JSON.stringify(k)}: ${indented(v, 1)}`);
  const before = props(head);
  const after = props(tail);
  return {
    check,
    open: `{${[...before, `\n ${JSON.stringify(key)}: [`].join(',')}`,
    item: (it) => `\n  ${indented(it, 2)}`,
    close: (n) => `${n ? '\n ]' : ']'}${after.length ? `,${after.join(',')}` : ''}\n}`,
  };
}
