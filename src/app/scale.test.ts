import { describe, expect, it } from 'vitest';
import { clusterRadius, markerRadius, MARKER_RADIUS } from './scale.ts';

describe('markerRadius', () => {
  it('gives the largest count the maximum radius', () => {
    expect(markerRadius(9)(9)).toBeCloseTo(MARKER_RADIUS.max);
  });
  it('keeps area proportional to the count above the floor', () => {
    const r = markerRadius(100, { min: 0, max: 20 });
    expect((r(100) / r(25)) ** 2).toBeCloseTo(4);
  });
  it('never goes below the minimum and clamps counts above the domain', () => {
    const r = markerRadius(50);
    expect(r(0)).toBe(MARKER_RADIUS.min);
    expect(r(1)).toBeGreaterThanOrEqual(MARKER_RADIUS.min);
    expect(r(500)).toBeCloseTo(MARKER_RADIUS.max);
  });
  it('grows monotonically', () => {
    const r = markerRadius(40);
    for (let n = 1; n < 40; n++) expect(r(n + 1)).toBeGreaterThanOrEqual(r(n));
  });
});

describe('clusterRadius', () => {
  it('grows with the count and is capped', () => {
    expect(clusterRadius(8)).toBeGreaterThan(clusterRadius(2));
    expect(clusterRadius(1e6)).toBe(30);
  });
});
