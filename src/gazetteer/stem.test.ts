import { describe, expect, it } from 'vitest';
import { stemOf, suffixOf } from './stem.ts';

describe('stemOf', () => {
  it('drops the longest administrative suffix', () => {
    expect(stemOf('巴音温都尔嘎查村民委员会')).toBe('巴音温都尔');
    expect(stemOf('公主府社区居委会')).toBe('公主府');
    expect(stemOf('满都呼宝拉格镇')).toBe('满都呼宝拉格');
    expect(stemOf('五一街道办事处')).toBe('五一');
    expect(suffixOf('巴彦陶来苏木')).toBe('苏木');
  });
  it('keeps a name that is only a suffix', () => {
    expect(stemOf('镇')).toBe('镇');
    expect(stemOf('嘎查')).toBe('嘎查');
  });
});
