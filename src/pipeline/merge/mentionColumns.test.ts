import { describe, expect, it } from 'vitest';
import type { Mention } from '../../contract/index.ts';
import { MentionColumns } from './mentionColumns.ts';

describe('MentionColumns', () => {
  it('gives back every mention unchanged, grouped by place in the order pushed, past several growths', () => {
    const cols = new MentionColumns();
    const want: Mention[][] = [[], [], []];
    for (let k = 0; k < 5000; k++) {
      const m: Mention = { file: `f${k % 17}.txt`, start: k, end: k + 2, surface: ['包头', '赤峰市', '某村'][k % 3], confidence: (k % 10) / 10, rule: `r${k % 5}` };
      const p = (k * 7) % 3;
      cols.push(p, m);
      want[p].push(m);
    }
    expect(cols.size).toBe(5000);
    const of = cols.byPlace(4);
    for (let p = 0; p < 3; p++) expect(of(p)).toEqual(want[p]);
    expect(of(3)).toEqual([]);
  });
});
