import { describe, expect, it } from 'vitest';
import { evalExpression } from './map/evalExpression.testkit.ts';
import { CIRCLE_RADIUS, initiativeRadius, radiusExpression } from './scale.ts';

describe('initiativeRadius', () => {
  it('grows with the count so that area follows it above the floor, and is capped', () => {
    const r = (n: number) => initiativeRadius(n) - CIRCLE_RADIUS.base;
    expect((r(16) / r(4)) ** 2).toBeCloseTo(4);
    for (let n = 1; n < 60; n++) expect(initiativeRadius(n + 1)).toBeGreaterThanOrEqual(initiativeRadius(n));
    expect(initiativeRadius(1e6)).toBe(CIRCLE_RADIUS.max);
  });
  it('matches the expression MapLibre evaluates', () => {
    for (const n of [1, 2, 7, 30, 500]) expect(evalExpression(radiusExpression(['get', 'n']), { n })).toBeCloseTo(initiativeRadius(n));
  });
});
