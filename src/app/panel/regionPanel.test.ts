import { describe, expect, it } from 'vitest';
import type { Figure, Initiative, PlaceProperties } from '../../contract/index.ts';
import { regionFigures } from './regionPanel.ts';

const fig = (value: number, unit: string, label: string, place: string | null): Figure =>
  ({ value, unit, label, approx: false, hedge: null, place, text: `${value}${unit}`, start: 0, end: String(value).length + unit.length });
const it0 = (id: string, figures: Figure[]) => ({ id, title: '', summary: '', figures }) as unknown as Initiative;
const byId = new Map<string, PlaceProperties>();

describe('regionFigures', () => {
  it('lists only figures about the region or places inside it, most telling first, capped', () => {
    const a = it0('a', [fig(900, '元', '收入', 'c152201000000'), fig(30, '名', '志愿者', 'c152201000000'), fig(5, '次', '活动', 'c152201000000')]);
    const b = it0('b', [fig(100, '元', '投资', 'c150100000000'), fig(7, '个', '站点', null)]);
    const top = regionFigures('152200000000', [a, b], byId, 2);
    expect(top.map((x) => x.figure.value)).toEqual([900, 30]);
    expect(regionFigures('152200000000', [a, b], byId).map((x) => x.figure.value)).toEqual([900, 30, 5]);
    expect(regionFigures('150100000000', [a, b], byId).map((x) => x.figure.value)).toEqual([100]);
  });
  it('is empty without figures of the region', () => {
    expect(regionFigures('152200000000', [it0('x', [])], byId)).toEqual([]);
  });
});
