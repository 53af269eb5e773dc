import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Source } from '../../contract/index.ts';
import { readSpilled, RowSpill, SpilledSources } from './rowSpill.ts';

const source = (id: string, url: string | null = null): Source => ({ id, title: `标题"${id}"\n`, outlet: '内蒙古日报', date: '2024-05', page: 'A3', url });

describe('RowSpill', () => {
  it('gives back each row\'s exact UTF-8 bytes and its source, across write-buffer boundaries and from another reader', () => {
    const spill = new RowSpill(join(mkdtempSync(join(tmpdir(), 'nmg-rowspill-')), 'rows.bin'));
    // Short rows, a lone surrogate (written as U+FFFD like TextEncoder), and a row bigger than the 1 MB write buffer.
    const texts = [...Array.from({ length: 3000 }, (_, k) => `包头市第${k}条\r\n`.repeat(k % 50)), 'a\ud800b', '赤峰市'.repeat(200_000), '通辽市'];
    const rows = texts.map((t, k) => spill.add(`${k}.txt`, t, Buffer.byteLength(t), source(String(k), k % 2 ? 'https://example.org/x' : null)));
    spill.close();
    spill.close();
    texts.forEach((t, k) => expect(Buffer.from(readSpilled(rows[k])).equals(Buffer.from(new TextEncoder().encode(t))), `row ${k}`).toBe(true));
    const last = rows.at(-1)!;
    expect(statSync(spill.path).size).toBe(last.offset + last.length + last.meta);
    const sources = new SpilledSources(new Map(rows.map((r) => [r.file, r])));
    expect(sources.get('2999.txt')).toEqual(source('2999', 'https://example.org/x'));
    expect(sources.get('3000.txt')).toEqual(source('3000'));
    expect(sources.get('2999.txt')).toEqual(source('2999', 'https://example.org/x'));
    expect(sources.get('nope.txt')).toBeUndefined();
  });
});
