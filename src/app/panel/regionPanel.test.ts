import { describe, expect, it } from 'vitest';
import type { Figure, Initiative } from '../../contract/index.ts';
import { largestFigures } from './regionPanel.ts';

const fig = (value: number, unit: string, label: string): Figure => ({ value, unit, label, approx: false, text: `${value}${unit}`, start: 0, end: String(value).length + unit.length });
const it0 = (id: string, figures: Figure[]) => ({ id, figures }) as unknown as Initiative;

describe('largestFigures', () => {
  it('sorts by value, keeps one figure per unit and label, and caps the list', () => {
    const a = it0('a', [fig(5, '元', '收入'), fig(900, '元', '收入'), fig(30, '名', '志愿者')]);
    const b = it0('b', [fig(100, '元', '投资'), fig(7, '个', '站点')]);
    const top = largestFigures([a, b], 3);
    expect(top.map((x) => x.figure.value)).toEqual([900, 100, 30]);
    expect(top[0].initiative.id).toBe('a');
    expect(largestFigures([a, b]).length).toBe(4);
  });
  it('is empty without figures', () => {
    expect(largestFigures([it0('x', [])])).toEqual([]);
  });
});
