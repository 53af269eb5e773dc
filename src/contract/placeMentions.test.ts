import { describe, expect, it } from 'vitest';
import { expectedMentions, mentionsChunk, validatePlaceMentions } from './placeMentions.ts';
import type { Mention } from './places.ts';

const m: Mention = { file: 'a.txt', start: 3, end: 5, surface: '某地', confidence: 1, rule: 'exact' };
const step = (code: string | null, level: string) => ({ code, name: 'x', level: level as 'county' });

describe('place mentions files', () => {
  it('puts a place in its township\'s file, else its banner\'s, else its league\'s, else none', () => {
    const township = [step('150500000000', 'prefecture'), step('150521000000', 'county'), step('150521100000', 'township')];
    expect(mentionsChunk({ path: township })).toBe('150521100000');
    expect(mentionsChunk({ path: [...township, step('150521100201', 'village'), step(null, 'poi')] })).toBe('150521100000');
    expect(mentionsChunk({ path: [step('150500000000', 'prefecture'), step('150521000000', 'county'), step(null, 'township'), step('150521100201', 'village')] })).toBe('150521000000');
    expect(mentionsChunk({ path: [step('150500000000', 'prefecture'), step('150521000000', 'county')] })).toBe('150521000000');
    expect(mentionsChunk({ path: [step('150500000000', 'prefecture'), step(null, 'township')] })).toBe('150500000000');
    expect(mentionsChunk({ path: [] })).toBe('none');
    const want = expectedMentions([{ id: 'a', path: [step('150521000000', 'county')] }, { id: 'b', path: [] }, { id: 'c', path: [] }], [2, 0, 1]);
    expect(want).toEqual(new Map([['150521000000', new Map([['a', 2]])], ['none', new Map([['c', 1]])]]));
  });

  it('names a place that is not the file\'s, a count that differs and a broken mention', () => {
    const want = new Map([['a', 1], ['b', 2]]);
    expect(validatePlaceMentions({ a: [m], b: [m, m] }, want)).toEqual([]);
    expect(validatePlaceMentions([], want)).toEqual(['place mentions: not an object']);
    expect(validatePlaceMentions({ a: [m], b: [m], z: [m] }, want)).toEqual(['z: not a place of this file', 'b: needs its 2 mentions']);
    expect(validatePlaceMentions({ a: [{ ...m, end: 9 }], b: [m, { ...m, rule: 1 }] }, want)).toEqual([
      'a.mentions[0]: surface length does not match its span', 'b.mentions[1]: file/surface/rule missing']);
  });
});
