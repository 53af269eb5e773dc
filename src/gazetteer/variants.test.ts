import { describe, expect, it } from 'vitest';
import { GAZETTEER_DEFAULTS } from './config.ts';
import { makeVariantKey, readVariants } from './variants.ts';
import { withinOneEdit } from './editDistance.ts';

describe('variantKey', () => {
  const key = makeVariantKey(readVariants(GAZETTEER_DEFAULTS.variantsFile));
  it('makes transliteration variants equal', () => {
    expect(key('满都呼宝力格')).toBe(key('满都胡宝拉格'));
    expect(key('巴音锡勒')).toBe(key('白音锡勒'));
    expect(key('乌兰淖尔')).toBe(key('乌兰诺尔'));
    expect(key('乌兰淖')).toBe(key('乌兰淖尔'));
    expect(key('巴拉嘎尔郭勒')).toBe(key('巴拉嘎尔高勒'));
    expect(key('红格尔')).toBe(key('洪格尔'));
  });
  it('keeps different names apart', () => {
    expect(key('巴彦浩特')).not.toBe(key('锡林浩特'));
    expect(key('乌兰')).not.toBe(key('乌拉'));
  });
  it('prefers the longest variant at a position', () => {
    const k = makeVariantKey([['ab', 'x'], ['abc', 'y']]);
    expect(k('abcd')).toBe('abcd');
    expect(k('yd')).toBe('abcd');
    expect(k('xz')).toBe('abz');
  });
});

describe('withinOneEdit', () => {
  it('accepts one insertion, deletion or substitution', () => {
    expect(withinOneEdit('满都宝力格', '满都呼宝力格')).toBe(true);
    expect(withinOneEdit('abc', 'abd')).toBe(true);
    expect(withinOneEdit('abc', 'ac')).toBe(true);
  });
  it('rejects two edits', () => {
    expect(withinOneEdit('abcd', 'abdc')).toBe(false);
    expect(withinOneEdit('ab', 'abcd')).toBe(false);
  });
});
