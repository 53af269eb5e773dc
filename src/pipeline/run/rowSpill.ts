/**
 * rowSpill: an archive's row texts kept on disk for the run instead of in memory. Rows are appended to one file as
 * they stream in; a row is then known by (path, offset, length), small enough to cross to a worker process, which
 * reads its bytes back itself.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';

/** An archive row whose text waits in a spill file: the run's file name and where its bytes are. */
export interface SpilledRow {
  file: string;
  spill: string;
  offset: number;
  length: number;
}

const CHUNK = 1 << 20;

/** Appends row texts to `path`, buffered in 1 MB writes; close() before anyone reads the file. */
export class RowSpill {
  private fd: number;
  private buf = Buffer.allocUnsafe(CHUNK);
  private used = 0;
  private size = 0;
  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  /** Writes `bytes` and returns where they are. */
  add(file: string, bytes: Uint8Array): SpilledRow {
    const row = { file, spill: this.path, offset: this.size, length: bytes.length };
    if (this.used + bytes.length > CHUNK) this.flush();
    if (bytes.length > CHUNK) writeSync(this.fd, bytes);
    else { this.buf.set(bytes, this.used); this.used += bytes.length; }
    this.size += bytes.length;
    return row;
  }

  private flush(): void {
    if (this.used) writeSync(this.fd, this.buf, 0, this.used);
    this.used = 0;
  }

  /** Flushes and closes; safe to call twice (after an error and in a finally). */
  close(): void {
    if (this.fd < 0) return;
    try { this.flush(); } finally { closeSync(this.fd); this.fd = -1; }
  }
}

/** A spilled row's bytes, read from its file (by any process). */
export function readSpilled(row: SpilledRow): Uint8Array {
  const bytes = new Uint8Array(row.length);
  const fd = openSync(row.spill, 'r');
  try {
    for (let got = 0; got < row.length;) {
      const n = readSync(fd, bytes, got, row.length - got, row.offset + got);
      if (n === 0) throw new Error(`spill file ${row.spill} ends before row ${row.file}`);
      got += n;
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}
