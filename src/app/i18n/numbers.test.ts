import { describe, expect, it } from 'vitest';
import { formatFigure, formatNumber, unitLabel } from './numbers.ts';

describe('formatNumber', () => {
  it('uses 万 and 亿 in Chinese', () => {
    expect(formatNumber(17000000, 'zh')).toBe('1700万');
    expect(formatNumber(12345, 'zh')).toBe('1.23万');
    expect(formatNumber(123456, 'zh')).toBe('12.3万');
    expect(formatNumber(250000000, 'zh')).toBe('2.5亿');
    expect(formatNumber(9999, 'zh')).toBe('9999');
    expect(formatNumber(12.5, 'zh')).toBe('12.5');
    expect(formatNumber(-30000, 'zh')).toBe('-3万');
  });

  it('uses million and billion in English, grouping below', () => {
    expect(formatNumber(17000000, 'en')).toBe('17 million');
    expect(formatNumber(1234567, 'en')).toBe('1.23 million');
    expect(formatNumber(3200000000, 'en')).toBe('3.2 billion');
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(0.125, 'en')).toBe('0.13');
  });

  it('does not hide non-finite values', () => {
    expect(formatNumber(Number.NaN, 'zh')).toBe('NaN');
  });
});

describe('formatFigure', () => {
  it('adds the unit and marks hedged figures', () => {
    expect(formatFigure({ value: 17000000, unit: '元', approx: true }, 'zh')).toBe('约1700万元');
    expect(formatFigure({ value: 17000000, unit: '元', approx: true }, 'en')).toBe('about 17 million yuan');
    expect(formatFigure({ value: 85, unit: '%', approx: false }, 'en')).toBe('85%');
    expect(formatFigure({ value: 40, unit: '个', approx: false }, 'en')).toBe('40');
    expect(formatFigure({ value: 11000, unit: '条', approx: true }, 'en')).toBe('about 11,000 items');
    expect(formatFigure({ value: 3, unit: '眼', approx: false }, 'en')).toBe('3 眼');
  });

  it('keeps units in Chinese as written', () => {
    expect(unitLabel('亩', 'zh')).toBe('亩');
    expect(unitLabel('亩', 'en')).toBe('mu');
  });
});
