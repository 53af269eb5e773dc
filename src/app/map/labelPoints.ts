/**
 * One label point per league or banner, inside its largest part, so a label never floats outside its polygon
 * and is not repeated per tile as polygon-placed labels would be.
 */
import { area, pointOnFeature } from '@turf/turf';
type Region = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

function largestPart(f: Region): GeoJSON.Feature<GeoJSON.Polygon> {
  const g = f.geometry;
  const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let best = parts[0];
  let bestArea = -1;
  for (const coords of parts) {
    const a = area({ type: 'Polygon', coordinates: coords });
    if (a > bestArea) { best = coords; bestArea = a; }
  }
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: best } };
}

/** Label points with the region's properties plus `label` (set per language by the caller). */
export function labelPoints<P>(fc: GeoJSON.FeatureCollection<GeoJSON.Geometry, P>,
  label: (p: P) => string): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: fc.features.filter((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon').map((f) => ({
      type: 'Feature',
      geometry: pointOnFeature(largestPart(f as Region)).geometry,
      properties: { ...(f.properties as object), label: label(f.properties) },
    })),
  };
}
