/**
 * PlaceLists: what each place lists — its mentions and the ids of its initiatives — appended to a file as a run
 * finds them and read back a batch of places at a time, in the order the places are written (the file is split once
 * into one file per batch). Memory holds one batch (about BATCH_BYTES of records), never every mention of an archive.
 */
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import type { Mention } from '../../contract/index.ts';

/** Record bytes gathered per batch: each batch fills the lists of places worth this much. */
export const BATCH_BYTES = 16 << 20;
/** Write buffer of each batch's file while the records are split. */
const SPLIT_BUFFER = 1 << 16;
const CHUNK = 1 << 22;
/** Place index (int32), kind (uint8), JSON length (uint32). */
const HEAD = 9;
const MENTION = 0;
const INITIATIVE = 1;

export interface PlaceListed { mentions: Mention[]; initiatives: string[] }

export class PlaceLists {
  private fd: number;
  private buf = Buffer.alloc(CHUNK);
  private used = 0;
  /** Record bytes per place index, to cut the written order into batches. */
  private bytes = new Float64Array(1024);

  constructor(private path: string, private batchBytes = BATCH_BYTES) {
    this.fd = openSync(path, 'w+');
  }

  mention(place: number, m: Mention): void { this.push(place, MENTION, JSON.stringify(m)); }

  initiative(place: number, id: string): void { this.push(place, INITIATIVE, JSON.stringify(id)); }

  private push(place: number, kind: number, json: string): void {
    // A UTF-8 byte count of at most 3 per UTF-16 unit: room is checked before writing, not measured twice.
    if (this.used + HEAD + json.length * 3 > this.buf.length) this.flush();
    if (HEAD + json.length * 3 > this.buf.length) this.buf = Buffer.alloc(HEAD + json.length * 3);
    const n = this.buf.write(json, this.used + HEAD, 'utf8');
    this.buf.writeInt32LE(place, this.used);
    this.buf.writeUInt8(kind, this.used + 4);
    this.buf.writeUInt32LE(n, this.used + 5);
    this.used += HEAD + n;
    if (place >= this.bytes.length) { const b = new Float64Array(Math.max(place + 1, this.bytes.length * 2)); b.set(this.bytes); this.bytes = b; }
    this.bytes[place] += HEAD + n;
  }

  private flush(): void {
    if (this.used) writeSync(this.fd, this.buf, 0, this.used);
    this.used = 0;
  }

  /**
   * The lists of the places in `order` (place indexes), yielded in that order: the order is cut into batches of
   * about `batchBytes` of records, and each batch is one pass over the file.
   */
  *inOrder(order: ArrayLike<number>): Generator<[number, PlaceListed]> {
    this.flush();
    let size = this.bytes.length;
    for (let i = 0; i < order.length; i++) size = Math.max(size, order[i] + 1);
    const batchOf = new Int32Array(size).fill(-1);
    const cuts = [0];
    let sum = 0;
    for (let i = 0; i < order.length; i++) {
      const b = this.bytes[order[i]] ?? 0;
      if (sum > 0 && sum + b > this.batchBytes) { cuts.push(i); sum = 0; }
      sum += b;
      batchOf[order[i]] = cuts.length - 1;
    }
    cuts.push(order.length);
    const batches = cuts.length - 1;
    // With several batches the file is first split into one file per batch (one pass), so each batch reads only its own.
    const files = batches > 1 ? this.split(batchOf, batches) : [{ fd: this.fd, path: '' }];
    for (let batch = 0; batch < batches; batch++) {
      const lists = new Map<number, PlaceListed>();
      for (let i = cuts[batch]; i < cuts[batch + 1]; i++) lists.set(order[i], { mentions: [], initiatives: [] });
      const { fd, path } = files[batches > 1 ? batch : 0];
      scan(fd, (place, kind, buf, from, end) => {
        const l = lists.get(place);
        if (!l) return;
        const json = buf.toString('utf8', from + HEAD, end);
        if (kind === MENTION) l.mentions.push(JSON.parse(json) as Mention); else l.initiatives.push(JSON.parse(json) as string);
      });
      if (path) { closeSync(fd); rmSync(path, { force: true }); }
      for (let i = cuts[batch]; i < cuts[batch + 1]; i++) yield [order[i], lists.get(order[i])!];
    }
  }

  /** Copies every record into the file of its place's batch; records of places not asked for are dropped. */
  private split(batchOf: Int32Array, batches: number): { fd: number; path: string }[] {
    const files = Array.from({ length: batches }, (_, b) => ({ path: `${this.path}.${b}`, fd: openSync(`${this.path}.${b}`, 'w+'), buf: Buffer.alloc(SPLIT_BUFFER), used: 0 }));
    const put = (f: (typeof files)[number], buf: Buffer, from: number, end: number) => {
      if (f.used + end - from > f.buf.length) { writeSync(f.fd, f.buf, 0, f.used); f.used = 0; }
      if (end - from > f.buf.length) { writeSync(f.fd, buf, from, end - from); return; }
      buf.copy(f.buf, f.used, from, end);
      f.used += end - from;
    };
    scan(this.fd, (place, _kind, buf, from, end) => { const b = place < batchOf.length ? batchOf[place] : -1; if (b >= 0) put(files[b], buf, from, end); });
    for (const f of files) if (f.used) writeSync(f.fd, f.buf, 0, f.used);
    return files;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/** Calls `visit` on every record of file `fd` in order, with the bytes it lies in (`from` its head, `end` its end). */
function scan(fd: number, visit: (place: number, kind: number, buf: Buffer, from: number, end: number) => void): void {
  let chunk = Buffer.alloc(CHUNK);
  let have = 0;
  let at = 0;
  for (;;) {
    const n = readSync(fd, chunk, have, chunk.length - have, at);
    at += n;
    have += n;
    let i = 0;
    while (i + HEAD <= have) {
      const len = chunk.readUInt32LE(i + 5);
      if (i + HEAD + len > have) break;
      visit(chunk.readInt32LE(i), chunk[i + 4], chunk, i, i + HEAD + len);
      i += HEAD + len;
    }
    // The unread tail moves to the front; a record larger than the chunk gets a chunk of its size.
    chunk.copy(chunk, 0, i, have);
    have -= i;
    if (n === 0) break;
    if (have >= HEAD && HEAD + chunk.readUInt32LE(5) > chunk.length) { const c = Buffer.alloc(HEAD + chunk.readUInt32LE(5)); chunk.copy(c, 0, 0, have); chunk = c; }
  }
}
