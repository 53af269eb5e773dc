import { describe, expect, it } from 'vitest';
import { bareOutsideForm, outsideNames } from './outside.ts';

describe('outsideNames', () => {
  const names = outsideNames();
  const forms = new Set(names.flatMap((n) => n.forms));
  it('lists provinces, prefectures and province-ruled cities outside Inner Mongolia with bare forms', () => {
    for (const f of ['北京', '北京市', '深圳', '宁夏', '中卫', '延边', '大兴安岭', '仙桃', '新疆', '广西']) expect(forms.has(f), f).toBe(true);
  });
  it('leaves Inner Mongolia and placeholders out', () => {
    expect(names.some((n) => n.code.startsWith('15'))).toBe(false);
    for (const f of ['内蒙古', '呼和浩特', '市辖区', '县']) expect(forms.has(f), f).toBe(false);
  });
  it('strips autonomous-prefecture suffixes with their peoples', () => {
    expect(bareOutsideForm('海西蒙古族藏族自治州')).toBe('海西');
    expect(bareOutsideForm('宁夏回族自治区')).toBe('宁夏');
    expect(bareOutsideForm('黔东南苗族侗族自治州')).toBe('黔东南');
  });
});
