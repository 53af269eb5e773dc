/** A seat point guaranteed inside a polygon: the given seat when it lies inside, else turf's pointOnFeature. */
import { booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export function seatInside(seat: [number, number] | null, shape: Feature<Polygon | MultiPolygon>): [number, number] {
  if (seat && booleanPointInPolygon(seat, shape)) return seat;
  return pointOnFeature(shape).geometry.coordinates as [number, number];
}

export function isInside(point: [number, number], shape: Feature<Polygon | MultiPolygon> | undefined): boolean {
  return shape !== undefined && booleanPointInPolygon(point, shape);
}
