/**
 * On-disk cache of per-file outcomes keyed by file name, content hash, the resources' key (every table the results
 * depend on: see resources.ts), PIPELINE_VERSION and the editor's corrections that can touch the file, so a re-run
 * after adding articles or decisions processes only those affected, and an edited table redoes the results made
 * with it. Bump PIPELINE_VERSION whenever a step's output changes.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, writevSync } from 'node:fs';
import { join } from 'node:path';
import type { FileOutcome } from './cacheEntry.ts';
import type { SourceFile } from '../types.ts';

export const PIPELINE_VERSION = '112';

/** The key covers the name too: initiative ids and mention files embed it; `extra` is '' for a file no correction touches. */
export function cacheKey(source: SourceFile, resourcesKey: string, extra = ''): string {
  const h = createHash('sha256').update(`${PIPELINE_VERSION}\0${resourcesKey}\0${source.file}\0`).update(source.bytes);
  if (extra) h.update(`\0${extra}`);
  return h.digest('hex');
}

/** The cache keys of a run's files by file number, 32 bytes each rather than a 64-character string: an archive has many files. */
export class KeyTable {
  private bytes: Buffer;
  private has: Uint8Array;
  constructor(n: number) {
    this.bytes = Buffer.alloc(32 * n);
    this.has = new Uint8Array(n);
  }
  set(k: number, key: string): void {
    this.bytes.write(key, 32 * k, 32, 'hex');
    this.has[k] = 1;
  }
  /** The key of file k, or undefined when it has none (unreadable). */
  get(k: number): string | undefined {
    return this.has[k] ? this.bytes.toString('hex', 32 * k, 32 * k + 32) : undefined;
  }
  delete(k: number): void { this.has[k] = 0; }
}

/** Where a cache entry of the first layout lived: one file per outcome (still read, so older caches stay valid). */
export const entryPath = (dir: string, key: string): string => join(dir, `${key}.json`);

const FIRST_LAYOUT = /^[0-9a-f]{64}\.json$/;

/** Where one record of a log sits. */
interface LogEntry { file: string; offset: number; length: number }

/** Log files sort by name in the order they were made, so a key's later record wins over an earlier one. */
const LOG = /^outcomes-\d{17}-\d{6}-\d+-[0-9a-f]+\.log$/;
let logs = 0;
/** Microseconds since 1970 and this process's count of logs, fixed width, so names sort as the logs were made. */
const logStamp = (): string => `${String(Math.round((performance.timeOrigin + performance.now()) * 1000)).padStart(17, '0')}-${String(++logs).padStart(6, '0')}`;
const HEAD_MAX = 128;

/**
 * The cache's outcomes. New ones are appended to a log of this process's own in the cache folder — one record
 * `KEY BYTES\n` + JSON + `\n` each — rather than created as a file each (file creation was 14 % of a run's CPU);
 * shards and workers each append to their own log, so no two processes write one file. Reading indexes every log's
 * records by key, once, and again from where it stopped when a key is missing (another process may have added it
 * since). A record cut short (a process stopped mid-write) is never indexed; one that does not parse is redone.
 */
const NEWLINE = Buffer.from('\n');

export class OutcomeStore {
  private index?: Map<string, LogEntry>;
  /** How far each log has been indexed. */
  private scanned = new Map<string, number>();
  private fd?: number;
  /** Keys with an outcome file of the first layout, listed at the first scan (nothing writes that layout any more). */
  private firstLayout?: Set<string>;
  /** This process's log, by name in the folder. */
  private name = `outcomes-${logStamp()}-${process.pid}-${randomBytes(4).toString('hex')}.log`;

  constructor(private dir: string) {}

  /** True when `key` had an outcome here when the logs were first read (not yet checked to parse). */
  has(key: string): boolean {
    return this.find(key) !== undefined || this.firstLayout!.has(key);
  }

  /** The outcome of `key`, or undefined when it is missing or corrupt. */
  read(key: string): FileOutcome | undefined {
    const e = this.find(key, true);
    try {
      if (!e) return JSON.parse(readFileSync(entryPath(this.dir, key), 'utf8')) as FileOutcome;
      const buf = Buffer.alloc(e.length);
      const fd = e.file === this.name && this.fd !== undefined ? this.fd : openSync(join(this.dir, e.file), 'r');
      try { readSync(fd, buf, 0, e.length, e.offset); } finally { if (fd !== this.fd) closeSync(fd); }
      return JSON.parse(buf.toString('utf8')) as FileOutcome;
    } catch {
      return undefined;
    }
  }

  /** Appends the outcome of `key`, as JSON, to this process's log. */
  write(key: string, json: string): void {
    // Encoded once: the record's length is its byte count, and no joined string is built around the outcome.
    const bytes = Buffer.from(json, 'utf8');
    this.fd ??= openSync(join(this.dir, this.name), 'a+');
    // Not indexed here: a run rarely reads back what it wrote, and an index of every record written would grow with the archive.
    writevSync(this.fd, [Buffer.from(`${key} ${bytes.length}\n`, 'latin1'), bytes, NEWLINE]);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  /** The record of `key`; with `rescan`, logs are read again from where they were left when it is not indexed yet. */
  private find(key: string, rescan = false): LogEntry | undefined {
    if (!this.index) { this.index = new Map(); this.scan(); } else if (rescan && !this.index.has(key)) this.scan();
    return this.index.get(key);
  }

  /** Indexes the records added to every log since the last scan. */
  private scan(): void {
    let all: string[];
    try { all = readdirSync(this.dir); } catch { this.firstLayout ??= new Set(); return; }
    this.firstLayout ??= new Set(all.filter((f) => FIRST_LAYOUT.test(f)).map((f) => f.slice(0, -'.json'.length)));
    const names = all.filter((f) => LOG.test(f)).sort();
    const head = Buffer.alloc(HEAD_MAX);
    for (const name of names) {
      let offset = this.scanned.get(name) ?? 0;
      const fd = openSync(join(this.dir, name), 'r');
      try {
        const end = fstatSync(fd).size;
        while (offset < end) {
          const n = readSync(fd, head, 0, HEAD_MAX, offset);
          const nl = head.subarray(0, n).indexOf(10);
          const m = nl > 0 ? /^([0-9a-f]{64}) (\d+)$/.exec(head.toString('latin1', 0, nl)) : null;
          const length = m ? Number(m[2]) : 0;
          if (!m || offset + nl + 1 + length + 1 > end) break;
          this.index!.set(m[1], { file: name, offset: offset + nl + 1, length });
          offset += nl + 1 + length + 1;
        }
      } finally {
        closeSync(fd);
      }
      this.scanned.set(name, offset);
    }
  }
}
