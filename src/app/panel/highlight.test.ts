import { describe, expect, it } from 'vitest';
import { runs } from './highlight.ts';

const TEXT = '甲乙兴安盟丙丁200余名戊';

describe('runs', () => {
  it('covers the slice exactly, with marks where the spans are', () => {
    const rs = runs(TEXT, 1, TEXT.length, [{ start: 2, end: 5, mark: 'place' }, { start: 7, end: 12, mark: 'figure' }]);
    expect(rs.map((r) => r.text).join('')).toBe(TEXT.slice(1));
    expect(rs.filter((r) => r.mark).map((r) => [r.text, r.mark])).toEqual([['兴安盟', 'place'], ['200余名', 'figure']]);
  });
  it('clips spans to the slice and drops overlaps', () => {
    const rs = runs(TEXT, 3, 9, [{ start: 2, end: 5, mark: 'place' }, { start: 4, end: 8, mark: 'figure' }]);
    expect(rs.map((r) => r.text).join('')).toBe(TEXT.slice(3, 9));
    expect(rs[0]).toEqual({ text: '安盟', mark: 'place' });
    expect(rs[1]).toEqual({ text: '丙丁2', mark: 'figure' });
  });
  it('returns the plain slice when there are no spans', () => {
    expect(runs(TEXT, 0, 4, [])).toEqual([{ text: '甲乙兴安', mark: null }]);
  });
});
