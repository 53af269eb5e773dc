import { describe, expect, it } from 'vitest';
import { identity, mapChars, rewrite, toOriginal } from './mapped.ts';

describe('mapped rewrites', () => {
  it('keeps each kept character at its own original offset when characters are deleted', () => {
    const m = rewrite(identity('ab  cd'), / +/g, () => '');
    expect(m.text).toBe('abcd');
    expect([...m.map]).toEqual([0, 1, 4, 5, 6]);
  });
  it('maps a replacement that is not a subsequence to the start of the match', () => {
    const m = rewrite(identity('x&amp;y'), /&amp;/g, () => '&');
    expect(m.text).toBe('x&y');
    expect(m.map[1]).toBe(1);
    expect(m.map[2]).toBe(6);
  });
  it('composes passes so spans map back to the first text', () => {
    const a = rewrite(identity('<b>包头</b>市'), /<\/?b>/g, () => '');
    const b = rewrite(a, /头/g, () => '头');
    const { start, end } = toOriginal(b.map, 0, 3);
    expect('<b>包头</b>市'.slice(start, end)).toBe('包头</b>市');
  });
  it('refuses a one-for-one conversion that changes the length', () => {
    expect(() => mapChars(identity('ab'), () => 'abc')).toThrow(/length/);
  });
  it('refuses a non-global pattern', () => {
    expect(() => rewrite(identity('a'), /a/, () => '')).toThrow(/global/);
  });
});
