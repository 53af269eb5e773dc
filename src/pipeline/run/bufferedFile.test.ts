import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BufferedFile } from './bufferedFile.ts';

/** Writes `texts` through a BufferedFile; returns the file's bytes and the byte counts write() gave. */
function through(texts: string[]): { bytes: Buffer; counts: number[] } {
  const path = join(mkdtempSync(join(tmpdir(), 'nmg-buffered-')), 'f.txt');
  const fd = openSync(path, 'w');
  const out = new BufferedFile(fd);
  const counts = texts.map((t) => out.write(t));
  out.flush();
  closeSync(fd);
  return { bytes: readFileSync(path), counts };
}

describe('BufferedFile', () => {
  it('writes exactly the UTF-8 of its texts in order, across the buffer size and past it, and counts each one', () => {
    const texts = ['呼和浩特市', 'a'.repeat(400_000), '赛罕区'.repeat(200_000), '', '𠀀 (a pair) \ud800 (lone)', 'x'.repeat(1 << 20)];
    const { bytes, counts } = through(texts);
    expect(bytes.equals(Buffer.from(texts.join(''), 'utf8'))).toBe(true);
    expect(counts).toEqual(texts.map((t) => Buffer.byteLength(t, 'utf8')));
  });
  it('matches the plain encoding for any sequence of texts', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 3000 }), { maxLength: 50 }), (texts) => {
      expect(through(texts).bytes.equals(Buffer.from(texts.join(''), 'utf8'))).toBe(true);
    }), { numRuns: 40 });
  });
});
