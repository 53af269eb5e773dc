/**
 * Circle sizes: a marker's or cluster's radius grows with the square root of its number of visible initiatives
 * (so area follows the count), from a clickable floor to a cap that keeps big clusters from swamping the map.
 */

/** Radius in CSS pixels of a circle for one initiative, the growth factor, and the cap. */
export const CIRCLE_RADIUS = { base: 4, perSqrt: 5, max: 34 } as const;

/** Radius for `n` initiatives (n ≥ 1); the same formula as `radiusExpression`. */
export function initiativeRadius(n: number): number {
  return Math.min(CIRCLE_RADIUS.max, CIRCLE_RADIUS.base + CIRCLE_RADIUS.perSqrt * Math.sqrt(Math.max(1, n)));
}

/** The same radius as a MapLibre expression over a count expression, so the GPU sizes circles without new data. */
export function radiusExpression(count: unknown): unknown {
  return ['min', CIRCLE_RADIUS.max, ['+', CIRCLE_RADIUS.base, ['*', CIRCLE_RADIUS.perSqrt, ['sqrt', ['max', 1, count]]]]];
}
