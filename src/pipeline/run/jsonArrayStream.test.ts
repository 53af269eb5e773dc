import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeJsonArray } from './jsonArrayStream.ts';

describe('writeJsonArray', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nmg-json-'));
  it('writes the same bytes as JSON.stringify of the whole array, across chunk boundaries, pulling one item at a time', () => {
    const items = Array.from({ length: 30_000 }, (_, i) => ({ id: `i${i}`, text: '包头市"引号"\n'.repeat(i % 7), n: i / 3, none: null, list: [i] }));
    let pulled = 0;
    let maxAhead = 0;
    function* gen() { for (const it of items) { pulled++; yield it; } }
    const path = join(dir, 'a.json');
    const n = writeJsonArray(path, gen(), (_, k) => { maxAhead = Math.max(maxAhead, pulled - k); });
    expect(n).toBe(items.length);
    expect(maxAhead).toBe(1);
    const text = readFileSync(path, 'utf8');
    expect(text).toBe(JSON.stringify(items));
    expect(JSON.parse(text)).toEqual(items);
  });
  it('writes [] for no items and stops at the first item the check refuses', () => {
    writeJsonArray(join(dir, 'e.json'), []);
    expect(readFileSync(join(dir, 'e.json'), 'utf8')).toBe('[]');
    expect(() => writeJsonArray(join(dir, 'b.json'), [1, 2, 3], (x) => { if (x === 2) throw new Error('bad item'); })).toThrow(/bad item/);
  });
});
