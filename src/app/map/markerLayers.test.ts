import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../contract/index.ts';
import { evalExpression } from './evalExpression.testkit.ts';
import { markerLayerExpressions } from './markerLayers.ts';
import { anchoredKey, mentionKey } from '../../contract/index.ts';
import { initiativeRadius } from '../scale.ts';

const [a, b] = CATEGORY_IDS;
// Only category a is shown: b's counts must count for nothing.
const e = markerLayerExpressions([a]);
const cluster = { point_count: 7, [anchoredKey(a)]: 3, [anchoredKey(b)]: 1 };
const counted = { id: 'p1', label: '甲', approx: false, doubtful: true, [anchoredKey(a)]: 2, [anchoredKey(b)]: 5 };
const mentioned = { id: 'p2', label: '乙', approx: true, doubtful: false, [anchoredKey(b)]: 1, [mentionKey(a)]: 1 };
const hidden = { id: 'p3', label: '丙', approx: false, doubtful: true, [anchoredKey(b)]: 2, [mentionKey(b)]: 1 };
const at = (expr: unknown, f: Record<string, unknown>) => evalExpression(expr, f);

describe('markerLayerExpressions', () => {
  it('counts a cluster by the shown categories only', () => {
    expect([at(e.clusterFilter, cluster), at(e.markerFilter, cluster), at(e.countFilter, cluster), at(e.countText, cluster)]).toEqual([true, false, true, '3']);
  });
  it('draws a place counted for a shown category as a marker sized by that count', () => {
    expect([at(e.markerFilter, counted), at(e.mentionFilter, counted), at(e.labelFilter, counted), at(e.countFilter, counted), at(e.doubtfulFilter, counted)])
      .toEqual([true, false, true, true, true]);
    expect(at(e.selectedRadius, counted)).toBeCloseTo(initiativeRadius(2) + 4);
    expect(at(e.doubtfulRadius, counted)).toBeCloseTo(initiativeRadius(2) + 3);
    expect(at(e.labelOffset, counted)).toBeCloseTo(0.3 + initiativeRadius(2) / 11);
  });
  it('draws a place only mentioned by shown initiatives as a mention dot', () => {
    expect([at(e.markerFilter, mentioned), at(e.mentionFilter, mentioned), at(e.labelFilter, mentioned), at(e.countFilter, mentioned), at(e.doubtfulFilter, mentioned)])
      .toEqual([false, true, true, false, false]);
    expect([at(e.selectedRadius, mentioned), at(e.doubtfulRadius, mentioned), at(e.labelOffset, mentioned)]).toEqual([7, 6.5, 0.6]);
  });
  it('draws nothing for a place whose initiatives are all hidden', () => {
    expect([at(e.markerFilter, hidden), at(e.mentionFilter, hidden), at(e.labelFilter, hidden), at(e.doubtfulFilter, hidden), at(e.countFilter, hidden)])
      .toEqual([false, false, false, false, false]);
  });
});
