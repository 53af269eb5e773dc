/**
 * Spill: a list kept on disk as one JSON value a line, for records a run must write out at the end but need not
 * hold in memory (the report's mentions): pushed as they come, read back one at a time, in order.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { BufferedFile } from './bufferedFile.ts';

const CHUNK = 1 << 20;

export class Spill<T> implements Iterable<T> {
  private fd: number;
  private out: BufferedFile;
  length = 0;
  constructor(private path: string) {
    this.fd = openSync(path, 'w');
    this.out = new BufferedFile(this.fd);
  }

  push(item: T): void {
    this.out.write(JSON.stringify(item));
    this.out.write('\n');
    this.length++;
  }

  /** Reads the items back in order (the spill may be read several times). */
  *[Symbol.iterator](): Generator<T> {
    this.out.flush();
    const fd = openSync(this.path, 'r');
    const chunk = Buffer.alloc(CHUNK);
    let rest = Buffer.alloc(0);
    try {
      for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) {
        // Lines are cut at byte '\n', never inside a UTF-8 character.
        const data = Buffer.concat([rest, chunk.subarray(0, n)]);
        let from = 0;
        for (let i = data.indexOf(10); i !== -1; i = data.indexOf(10, from)) {
          yield JSON.parse(data.toString('utf8', from, i)) as T;
          from = i + 1;
        }
        rest = Buffer.from(data.subarray(from));
      }
    } finally {
      closeSync(fd);
    }
  }

  close(): void {
    this.out.flush();
    closeSync(this.fd);
  }
}
