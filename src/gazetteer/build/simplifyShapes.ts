/** Simplifies county shapes with shared borders kept (mapshaper topology) and dissolves them into leagues. */
import mapshaper from 'mapshaper';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { toFeature, type CountyShape } from './readShapes.ts';

export type Shapes = FeatureCollection<Polygon | MultiPolygon, { code: string }>;

export interface SimplifiedShapes {
  counties: Shapes;
  leagues: Shapes;
}

export async function simplifyShapes(shapes: CountyShape[], percent: string, precision: number): Promise<SimplifiedShapes> {
  const input = { type: 'FeatureCollection', features: shapes.map(toFeature) };
  const cmd = [
    `-i in.json -simplify ${percent} keep-shapes`,
    `-o counties.json format=geojson precision=${precision}`,
    `-dissolve league -o leagues.json format=geojson precision=${precision}`,
  ].join(' ');
  const out = await mapshaper.applyCommands(cmd, { 'in.json': input });
  const parse = (key: string) => JSON.parse(String(out[key])) as FeatureCollection<Polygon | MultiPolygon, Record<string, string>>;
  const counties = parse('counties.json');
  const leagues = parse('leagues.json');
  return {
    counties: { type: 'FeatureCollection', features: counties.features.map((f) => ({ ...f, properties: { code: f.properties.code } })) },
    leagues: { type: 'FeatureCollection', features: leagues.features.map((f) => ({ ...f, properties: { code: f.properties.league } })) },
  };
}
