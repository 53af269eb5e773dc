import { describe, expect, it } from 'vitest';
import { coarser, inherited, levelDepth, levelOfSuffix, levelOfWritten } from './levels.ts';

describe('levelOfWritten', () => {
  it('reads the level from the longest written suffix', () => {
    expect(levelOfWritten('五一街办事处')).toBe('township');
    expect(levelOfWritten('利民社区居委会')).toBe('village');
    expect(levelOfWritten('白云鄂博矿区')).toBe('county');
    expect(levelOfWritten('呼花园小区')).toBe('poi');
    expect(levelOfWritten('锡林郭勒盟')).toBe('prefecture');
    expect(levelOfWritten('科尔沁右翼中旗')).toBe('county');
  });
  it('has no level for a name without a unit suffix or for the bare suffix', () => {
    expect(levelOfWritten('乌力吉')).toBeUndefined();
    expect(levelOfWritten('村')).toBeUndefined();
  });
  it('gives 市 no level: leagues and banners both end in it', () => {
    expect(levelOfWritten('包头市')).toBeUndefined();
    expect(levelOfWritten('满洲里市')).toBeUndefined();
  });
});

describe('levelOfSuffix', () => {
  it('reads a whole suffix as stemming split it off, and nothing else', () => {
    expect(levelOfSuffix('自治旗')).toBe('county');
    expect(levelOfSuffix('嘎查村民委员会')).toBe('village');
    expect(levelOfSuffix('街道办')).toBe('township');
    expect(levelOfSuffix('市')).toBeUndefined();
    expect(levelOfSuffix('toString')).toBeUndefined();
  });
});

describe('level and precision orders', () => {
  it('puts levels from league down to poi', () => {
    expect(['prefecture', 'county', 'township', 'village', 'poi'].map((l) => levelDepth(l as never))).toEqual([1, 2, 3, 4, 5]);
  });
  it('takes the coarser precision and inherits from parents', () => {
    expect(coarser('exact', 'county')).toBe('county');
    expect(coarser('prefecture', 'township')).toBe('prefecture');
    expect(inherited('township', 'exact')).toBe('township');
    expect(inherited('village', 'exact')).toBe('township');
    expect(inherited('township', 'county')).toBe('county');
    expect(inherited('county', 'prefecture')).toBe('prefecture');
  });
});
