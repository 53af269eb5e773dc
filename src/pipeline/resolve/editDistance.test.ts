import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneCharDropped, withinOneEdit } from './editDistance.ts';

describe('edit distance one', () => {
  it('accepts one substitution, insertion or deletion', () => {
    expect(withinOneEdit('民警路', '民馨路')).toBe(true);
    expect(withinOneEdit('音德', '音德尔')).toBe(true);
    expect(withinOneEdit('嘎查布其', '嘎达布其')).toBe(true);
    expect(withinOneEdit('乌兰', '乌兰淖尔')).toBe(false);
    expect(withinOneEdit('代伙', '天元')).toBe(false);
  });
  it('knows a dropped character from a changed one', () => {
    expect(oneCharDropped('耀', '星耀')).toBe(true);
    expect(oneCharDropped('代伙', '代钦')).toBe(false);
  });
  it('agrees with the full edit distance on strings of a small alphabet (near matches are common there)', () => {
    const distance = (a: string, b: string): number => {
      let row = Array.from({ length: b.length + 1 }, (_, j) => j);
      for (let i = 1; i <= a.length; i++) {
        const next = [i];
        for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        row = next;
      }
      return row[b.length];
    };
    const word = fc.string({ unit: fc.constantFrom('乌', '兰', '巴', '彦', '音'), maxLength: 6 });
    fc.assert(fc.property(word, word, (a, b) => withinOneEdit(a, b) === (distance(a, b) <= 1)), { numRuns: 2000 });
  });
  it('is symmetric and true for any string with one character removed', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 12 }), fc.nat(), (s, k) => {
      const i = k % s.length;
      const t = s.slice(0, i) + s.slice(i + 1);
      return withinOneEdit(s, t) && withinOneEdit(t, s) && oneCharDropped(t, s);
    }));
  });
});
