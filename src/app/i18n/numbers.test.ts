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
  it('shows a Chinese figure as written and an English one with its hedge in words', () => {
    const f = { value: 17000000, unit: '元', hedge: 'over' as const, text: '1700余万元' };
    expect(formatFigure(f, 'zh')).toBe('1700余万元');
    expect(formatFigure(f, 'en')).toBe('over 17 million yuan');
    expect(formatFigure({ value: 50, unit: '名', hedge: 'nearly', text: '近50名' }, 'en')).toBe('nearly 50 people');
    expect(formatFigure({ value: 5000, unit: '元', hedge: 'about', text: '5000元左右' }, 'en')).toBe('about 5,000 yuan');
    expect(formatFigure({ value: 85, unit: '%', hedge: null, text: '85%' }, 'en')).toBe('85%');
    expect(formatFigure({ value: 40, unit: '个', hedge: null, text: '40个' }, 'en')).toBe('40');
    expect(formatFigure({ value: 3, unit: '栋', hedge: null, text: '3栋' }, 'en')).toBe('3 buildings');
    expect(formatFigure({ value: 11000, unit: '条', hedge: 'over', text: '1.1万余条' }, 'en')).toBe('over 11,000 items');
    expect(formatFigure({ value: 3, unit: '眼', hedge: null, text: '3眼' }, 'en')).toBe('3 眼');
  });

  it('shows a range by both its bounds in English and as written in Chinese', () => {
    const f = { value: 200, high: 300, unit: '元', hedge: 'range' as const, text: '两三百元' };
    expect(formatFigure(f, 'en')).toBe('200–300 yuan');
    expect(formatFigure(f, 'zh')).toBe('两三百元');
    expect(formatFigure({ value: 30000, high: 50000, unit: '名', hedge: 'range', text: '3至5万名' }, 'en')).toBe('30,000–50,000 people');
  });

  it('keeps units in Chinese as written', () => {
    expect(unitLabel('亩', 'zh')).toBe('亩');
    expect(unitLabel('亩', 'en')).toBe('mu');
  });
});
