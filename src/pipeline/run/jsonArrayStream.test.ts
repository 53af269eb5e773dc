import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Streamed, indented, writeJsonArray, writePrettyObject } from './jsonArrayStream.ts';

const dir = mkdtempSync(join(tmpdir(), 'nmg-json-'));
const items = Array.from({ length: 30_000 }, (_, i) => ({ id: `i${i}`, text: '包头市"引号"\n'.repeat(i % 7), n: i / 3, none: null, list: [i, { a: [] }], o: {} }));

describe('writeJsonArray', () => {
  it('writes the same bytes as JSON.stringify of the whole array, across chunk boundaries, pulling one item at a time', () => {
    let pulled = 0;
    let maxAhead = 0;
    function* gen() { for (const it of items) { pulled++; yield it; } }
    const path = join(dir, 'a.json');
    const n = writeJsonArray(path, gen(), { check: (_, k) => { maxAhead = Math.max(maxAhead, pulled - k); } });
    expect(n).toBe(items.length);
    expect(maxAhead).toBe(1);
    const text = readFileSync(path, 'utf8');
    expect(text).toBe(JSON.stringify(items));
    expect(JSON.parse(text)).toEqual(items);
  });
  it('writes [] for no items and stops at the first item the check refuses', () => {
    writeJsonArray(join(dir, 'e.json'), []);
    expect(readFileSync(join(dir, 'e.json'), 'utf8')).toBe('[]');
    expect(() => writeJsonArray(join(dir, 'b.json'), [1, 2, 3], { check: (x) => { if (x === 2) throw new Error('bad item'); } })).toThrow(/bad item/);
  });
  it('writes an object with streamed arrays exactly as JSON.stringify(whole, null, 1), with and without items', () => {
    const files = [{ file: 'a.txt', status: 'ok', bytes: 3 }];
    const tail = { counts: { files: 1, 'mentions:place': 2 }, none: {}, gone: undefined };
    for (const list of [items.slice(0, 500), []]) {
      const path = join(dir, 'p.json');
      let checked = 0;
      writePrettyObject(path, { files: new Streamed(files), empty: [], mentions: new Streamed(list, () => { checked++; }), ...tail });
      expect(readFileSync(path, 'utf8')).toBe(JSON.stringify({ files, empty: [], mentions: list, ...tail }, null, 1));
      expect(checked).toBe(list.length);
    }
    writePrettyObject(join(dir, 'q.json'), { m: new Streamed(items.slice(0, 3)) });
    expect(readFileSync(join(dir, 'q.json'), 'utf8')).toBe(JSON.stringify({ m: items.slice(0, 3) }, null, 1));
    writePrettyObject(join(dir, 'r.json'), {});
    expect(readFileSync(join(dir, 'r.json'), 'utf8')).toBe(JSON.stringify({}, null, 1));
  });
});

describe('indented', () => {
  it('equals the stringified value with depth spaces after each line break, for any JSON value and depth', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 4 }), (v, depth) => {
      expect(indented(v, depth)).toBe(JSON.stringify(v, null, 1).replace(/\n/g, `\n${' '.repeat(depth)}`));
    }), { numRuns: 300 });
  });
});
