import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../contract/index.ts';
import { countExpression, donutImageExpression, DONUT_STEPS } from './categoryExpressions.ts';
import { parseDonutName } from './donut.ts';
import { evalExpression } from './evalExpression.testkit.ts';
import { anchoredKey } from '../../contract/index.ts';
import { initiativeRadius } from '../scale.ts';

const [a, b] = CATEGORY_IDS;
// Zero counts are left out of the data, as markers.ts writes it.
const feature = { [anchoredKey(a)]: 3, [anchoredKey(b)]: 1, approx: false };

describe('countExpression', () => {
  it('counts only the categories shown', () => {
    expect(evalExpression(countExpression(CATEGORY_IDS), feature)).toBe(4);
    expect(evalExpression(countExpression([b]), feature)).toBe(1);
    expect(evalExpression(countExpression([]), feature)).toBe(0);
  });
});

describe('donutImageExpression', () => {
  it('names an image whose shares and size are those of the shown categories', () => {
    const spec = parseDonutName(String(evalExpression(donutImageExpression(CATEGORY_IDS), feature)))!;
    expect(spec.kind).toBe('e');
    expect(spec.radius).toBe(Math.round(initiativeRadius(4)));
    expect(spec.parts.map((p) => p.weight)).toEqual([Math.ceil((DONUT_STEPS * 3) / 4), Math.ceil(DONUT_STEPS / 4)]);
  });
  it('drops a hidden category from the donut and marks clusters and approximate places', () => {
    const only = parseDonutName(String(evalExpression(donutImageExpression([a]), { ...feature, point_count: 7 })))!;
    expect(only.kind).toBe('c');
    expect(only.parts).toHaveLength(1);
    expect(parseDonutName(String(evalExpression(donutImageExpression([a]), { ...feature, approx: true })))!.kind).toBe('a');
  });
  it('refuses names it did not make', () => {
    expect(parseDonutName('donut:e9|1,2')).toBeNull();
    expect(parseDonutName('marker-15')).toBeNull();
  });
});
