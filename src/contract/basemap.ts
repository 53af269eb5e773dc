/** `basemap.json`: countries, provinces and water drawn under the atlas, as one GeoJSON FeatureCollection; validator. */

/** Problems of a basemap.json value. */
export function validateBasemap(data: unknown): string[] {
  const fc = data as { type?: string; features?: unknown[] } | null;
  return fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features) ? ['basemap.json: not a GeoJSON FeatureCollection'] : [];
}
