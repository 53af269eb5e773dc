import { describe, expect, it } from 'vitest';
import { ancestorAt, codeDepth, codePrefix, isCode, isWithin, isZoneCode, padCode } from './code.ts';

describe('code arithmetic', () => {
  it('reads the depth from the trailing zeros', () => {
    expect(['150000000000', '152200000000', '152221000000', '152221105000', '152221105201'].map(codeDepth)).toEqual([0, 1, 2, 3, 4]);
  });
  it('takes the depth from the last non-zero digit wherever it sits, zeros inside a prefix included', () => {
    // A 1 at position p (and zeros after it): the depth is the first whose prefix reaches past p.
    const depths = Array.from({ length: 12 }, (_, p) => codeDepth(`${'0'.repeat(p)}1`.padEnd(12, '0')));
    expect(depths).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 3, 4, 4, 4]);
    expect(codeDepth('000000000000')).toBe(0);
    expect(codeDepth('150100000010')).toBe(4);
  });
  it('keeps the prefix every descendant shares', () => {
    expect(codePrefix('150000000000')).toBe('15');
    expect(codePrefix('152200000000')).toBe('1522');
    expect(codePrefix('152221105000')).toBe('152221105');
    expect(codePrefix('152221105201')).toBe('152221105201');
  });
  it('tells whether a code lies within another', () => {
    expect(isWithin('152221105201', '152200000000')).toBe(true);
    expect(isWithin('152221105201', '150000000000')).toBe(true);
    expect(isWithin('152200000000', '152200000000')).toBe(true);
    expect(isWithin('150102000000', '152200000000')).toBe(false);
    expect(isWithin('152200000000', '152221000000')).toBe(false);
  });
  it('tells a development zone or management area by its banner digits', () => {
    expect(isZoneCode('150172000000')).toBe(true);
    expect(isZoneCode('152571000000')).toBe(true);
    expect(isZoneCode('150121000000')).toBe(false);
    expect(isZoneCode('150172105000')).toBe(false);
    expect(isZoneCode('157000000000')).toBe(false);
  });
  it('pads, checks and climbs codes', () => {
    expect(padCode('1522')).toBe('152200000000');
    expect(isCode('152200000000')).toBe(true);
    expect(isCode('1522')).toBe(false);
    expect(ancestorAt('152221105201', 1)).toBe('152200000000');
    expect(ancestorAt('152221105201', 3)).toBe('152221105000');
  });
});
