/**
 * Streamed JSON: an array (or an object around streamed arrays) written to a file item by item, byte-identical to
 * JSON.stringify of the whole, so an output far larger than memory never exists as one string.
 */
import { closeSync, openSync } from 'node:fs';
import { BufferedFile } from './bufferedFile.ts';

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

/** Writes `items` through `out` framed as `frame` says; returns the item count. */
function writeItems<T>(out: BufferedFile, items: Iterable<T>, frame: ArrayFrame<T>): number {
  out.write(frame.open ?? '[');
  let n = 0;
  for (const it of items) {
    frame.check?.(it, n);
    if (n++) out.write(',');
    out.write(frame.item ? frame.item(it) : JSON.stringify(it));
  }
  out.write(frame.close ? frame.close(n) : ']');
  return n;
}

/** Opens `path`, lets `write` fill it, and closes it. */
function withFile<R>(path: string, write: (out: BufferedFile) => R): R {
  const fd = openSync(path, 'w');
  try {
    const out = new BufferedFile(fd);
    const r = write(out);
    out.flush();
    return r;
  } finally {
    closeSync(fd);
  }
}

/** Writes `items` to `path` framed as `frame` says; returns the item count. */
export function writeJsonArray<T>(path: string, items: Iterable<T>, frame: ArrayFrame<T> = {}): number {
  return withFile(path, (out) => writeItems(out, items, frame));
}

/**
 * `JSON.stringify(v, null, 1)` as it appears nested `depth` levels deep in a document indented by one space: `v` wrapped
 * in `depth` arrays, so that V8 indents it itself, with the wrappers' brackets cut off (a slice, not a copy). Adding the
 * spaces after each line break took as long as the stringifying.
 */
export function indented(v: unknown, depth: number): string {
  let wrapped = v;
  for (let k = 0; k < depth; k++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 1);
  // Each wrapper opens with "[\n" after its own indent of k spaces, and closes with "\n" + k spaces + "]".
  let close = 0;
  for (let k = 0; k < depth; k++) close += 2 + k;
  return text.slice(close + depth, text.length - close);
}

/** A list written item by item by writePrettyObject, each item seen by `check` first (which may throw to stop). */
export class Streamed<T> {
  constructor(readonly items: Iterable<T>, readonly check?: (item: T, index: number) => void) {}
}

/**
 * Writes `whole` to `path` exactly as `JSON.stringify(whole, null, 1)` does, its Streamed values pulled and written
 * one item at a time (the other values are small and written whole).
 */
export function writePrettyObject(path: string, whole: Record<string, unknown>): void {
  withFile(path, (out) => {
    const keys = Object.keys(whole).filter((k) => whole[k] !== undefined);
    out.write('{');
    keys.forEach((key, i) => {
      const v = whole[key];
      out.write(`${i ? ',' : ''}\n ${JSON.stringify(key)}: `);
      if (!(v instanceof Streamed)) { out.write(indented(v, 1)); return; }
      writeItems(out, v.items, { check: v.check, item: (it) => `\n  ${indented(it, 2)}`, close: (n) => (n ? '\n ]' : ']') });
    });
    out.write(keys.length ? '\n}' : '}');
  });
}
