import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../contract/index.ts';
import { PlaceLists } from './placeLists.ts';

const dir = mkdtempSync(join(tmpdir(), 'nmg-lists-'));

describe('PlaceLists', () => {
  it('gives back every mention and initiative id unchanged, by place in the order pushed, over many batches and chunks', () => {
    // A small batch size forces many passes; 200,000 records overflow the 4 MB write and read chunks several times.
    const lists = new PlaceLists(join(dir, 'a.bin'), 64 << 10);
    const places = 50;
    const want = Array.from({ length: places }, () => ({ mentions: [] as Mention[], initiatives: [] as string[] }));
    for (let k = 0; k < 200_000; k++) {
      const p = (k * 7919) % places;
      if (k % 5 === 0) { const id = `f${k}.txt#${k}`; lists.initiative(p, id); want[p].initiatives.push(id); continue; }
      const m: Mention = { file: `文件${k % 17}.txt`, start: k, end: k + 2, surface: ['包头', '赤峰市', '"某"村'][k % 3], confidence: (k % 10) / 10, rule: `r${k % 5}` };
      lists.mention(p, m);
      want[p].mentions.push(m);
    }
    // A record longer than a chunk crosses every boundary.
    const long: Mention = { file: 'long.txt', start: 0, end: 1, surface: '长'.repeat(3_000_000), confidence: 1, rule: 'r' };
    lists.mention(3, long);
    want[3].mentions.push(long);
    const order = Array.from({ length: places + 1 }, (_, i) => (i * 13) % (places + 1));
    const got = [...lists.inOrder(order)];
    lists.close();
    expect(got.map(([p]) => p)).toEqual(order);
    for (const [p, l] of got) expect(l).toEqual(want[p] ?? { mentions: [], initiatives: [] });
  });
});
