import { describe, expect, it } from 'vitest';
import { levelOfWritten } from './unitSuffix.ts';

describe('levelOfWritten', () => {
  it('reads the level from the longest written suffix', () => {
    expect(levelOfWritten('五一街办事处')).toBe('township');
    expect(levelOfWritten('利民社区居委会')).toBe('village');
    expect(levelOfWritten('白云鄂博矿区')).toBe('county');
    expect(levelOfWritten('呼花园小区')).toBe('poi');
    expect(levelOfWritten('锡林郭勒盟')).toBe('prefecture');
  });
  it('has no level for a name without a unit suffix or for the bare suffix', () => {
    expect(levelOfWritten('乌力吉')).toBeUndefined();
    expect(levelOfWritten('村')).toBeUndefined();
  });
});
