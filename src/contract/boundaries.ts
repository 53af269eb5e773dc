/** `leagues.geojson` and `counties.geojson`: boundary polygons of leagues and banners with their names; types and validator. */
import { isCode } from './code.ts';
import type { RegionLevel } from './levels.ts';

/** Properties of a boundary feature (league or banner). */
export interface RegionProperties {
  code: string;
  name: string;
  shortName: string;
  level: RegionLevel;
  parentCode: string | null;
}

export type RegionCollection = GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon, RegionProperties>;

/** Problems of a leagues/counties boundary collection named `name` (at most 20). */
export function validateRegions(name: string, data: unknown): string[] {
  const fc = data as { type?: string; features?: unknown[] } | null;
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) return [`${name}: not a GeoJSON FeatureCollection`];
  const out: string[] = [];
  fc.features.forEach((f, i) => {
    const feat = f as { geometry?: { type?: string }; properties?: { code?: unknown; name?: unknown } } | null;
    const t = feat?.geometry?.type;
    if (t !== 'Polygon' && t !== 'MultiPolygon') out.push(`${name}[${i}]: geometry is not a polygon`);
    const p = feat?.properties;
    if (!p || !isCode(p.code) || typeof p.name !== 'string') out.push(`${name}[${i}]: code/name missing`);
  });
  return out.slice(0, 20);
}
