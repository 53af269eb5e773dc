import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Spill } from './spill.ts';

describe('Spill', () => {
  it('gives back every item in order, across read-chunk boundaries and more than once', () => {
    const s = new Spill<{ k: number; t: string }>(join(mkdtempSync(join(tmpdir(), 'nmg-spill-')), 's.ndjson'));
    const items = Array.from({ length: 40_000 }, (_, k) => ({ k, t: '呼和浩特市\n"赛罕区"'.repeat(k % 5) }));
    for (const it of items) s.push(it);
    expect(s.length).toBe(items.length);
    expect([...s]).toEqual(items);
    expect([...s].length).toBe(items.length);
    s.close();
  });
});
