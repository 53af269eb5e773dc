/**
 * rowSpill: an archive's rows kept on disk for the run instead of in memory. Each row's text, then its source as
 * JSON, is appended to one file as the rows stream in; a row is then known by its place in that file, small enough
 * to cross to a worker process, which reads the text back itself.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { BufferedFile } from './bufferedFile.ts';
import type { Source } from '../../contract/index.ts';

/** An archive row in a spill file: the run's file name, its text's bytes at [offset, offset + length), then `meta` bytes of source JSON. */
export interface SpilledRow {
  file: string;
  spill: string;
  offset: number;
  length: number;
  meta: number;
}

/** Appends rows to `path`, buffered in 1 MB writes; close() before anyone reads the file. */
export class RowSpill {
  private fd: number;
  private out: BufferedFile;
  private size = 0;
  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
    this.out = new BufferedFile(this.fd);
  }

  /**
   * Writes a row's `text` as UTF-8 (`length` = Buffer.byteLength(text), which the caller has checked against the
   * limits) and its source, straight into the write buffer so no row leaves an array buffer behind.
   */
  add(file: string, text: string, length: number, source: Source): SpilledRow {
    const offset = this.size;
    this.size += this.out.write(text);
    const meta = this.out.write(JSON.stringify(source));
    this.size += meta;
    return { file, spill: this.path, offset, length, meta };
  }

  /** Flushes and closes; safe to call twice (after an error and in a finally). */
  close(): void {
    if (this.fd < 0) return;
    try { this.out.flush(); } finally { closeSync(this.fd); this.fd = -1; }
  }
}

/** `length` bytes of `path` from `offset` (any process may read a closed spill). */
function readAt(path: string, offset: number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  const fd = openSync(path, 'r');
  try {
    for (let got = 0; got < length;) {
      const n = readSync(fd, bytes, got, length - got, offset + got);
      if (n === 0) throw new Error(`spill file ${path} ends before byte ${offset + length}`);
      got += n;
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/** A spilled row's text bytes. */
export const readSpilled = (row: SpilledRow): Uint8Array => readAt(row.spill, row.offset, row.length);

/** Where a run finds a file's source: a Map (a folder's articles.csv) or an archive's spill (SpilledSources). */
export interface SourceLookup {
  get(file: string): Source | undefined;
}

/** An archive's sources, read back from its spill by file name; the last one is remembered (a file's initiatives ask in a row). */
export class SpilledSources implements SourceLookup {
  private last?: { file: string; source: Source };
  constructor(private readonly rows: Map<string, SpilledRow>) {}

  get(file: string): Source | undefined {
    if (this.last?.file === file) return this.last.source;
    const r = this.rows.get(file);
    if (!r) return undefined;
    const source = JSON.parse(Buffer.from(readAt(r.spill, r.offset + r.length, r.meta)).toString('utf8')) as Source;
    this.last = { file, source };
    return source;
  }
}
