/**
 * Marker sizes: a marker's area is proportional to its number of initiatives (square-root scale),
 * with a floor so that a single initiative stays clickable.
 */
import { scaleSqrt } from 'd3-scale';

/** Marker radius bounds in CSS pixels; the largest place gets `max`. */
export const MARKER_RADIUS = { min: 6, max: 24 } as const;

/** Radius function for counts up to `maxCount` (at least 1). */
export function markerRadius(maxCount: number, bounds: { min: number; max: number } = MARKER_RADIUS): (count: number) => number {
  const s = scaleSqrt().domain([0, Math.max(1, maxCount)]).range([0, bounds.max]).clamp(true);
  return (count: number) => Math.max(bounds.min, s(Math.max(0, count)));
}

/** Cluster radius from the number of places it holds, in pixels; grows slowly so that clusters do not swamp the map. */
export function clusterRadius(pointCount: number): number {
  return Math.min(30, 12 + 4 * Math.log2(Math.max(1, pointCount)));
}
