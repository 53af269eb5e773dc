/**
 * The small map: MapLibre with the atlas's own basemap, leagues and counties (served by the review server from
 * public/data), the chosen unit as a named pin and the next candidates as numbered pins.
 */
import * as maplibregl from 'maplibre-gl';
import type { StyleSpecification } from 'maplibre-gl';
import { el, type UnitView } from './api.ts';

maplibregl.setWorkerUrl('/maplibre-gl-worker.mjs');

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
/** All of Inner Mongolia, shown when there is nothing to point at. */
const REGION: [[number, number], [number, number]] = [[97, 37], [126.5, 53.5]];
/** A single pin is shown at about county scale, not at street level. */
const MAX_FIT_ZOOM = 6.5;
/** Pins at one point (a town and its seat village) are stacked this many pixels apart. */
const STACK_PX = 22;

let map: maplibregl.Map | null = null;
let pins: maplibregl.Marker[] = [];

async function data(file: string): Promise<GeoJSON.FeatureCollection> {
  const res = await fetch(`/data/${file}`);
  return res.ok ? ((await res.json()) as GeoJSON.FeatureCollection) : EMPTY;
}

function style(basemap: GeoJSON.FeatureCollection, leagues: GeoJSON.FeatureCollection, counties: GeoJSON.FeatureCollection): StyleSpecification {
  return {
    version: 8,
    sources: {
      basemap: { type: 'geojson', data: basemap, attribution: 'Natural Earth · ECharts/AMap boundaries' },
      leagues: { type: 'geojson', data: leagues },
      counties: { type: 'geojson', data: counties },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#dfe9f0' } },
      { id: 'basemap-fill', type: 'fill', source: 'basemap', paint: { 'fill-color': '#f1efe9' } },
      { id: 'basemap-line', type: 'line', source: 'basemap', paint: { 'line-color': '#c8c2b4', 'line-width': 0.8 } },
      { id: 'league-fill', type: 'fill', source: 'leagues', paint: { 'fill-color': '#fffdf7' } },
      { id: 'county-line', type: 'line', source: 'counties', paint: { 'line-color': '#cfc8b8', 'line-width': 0.6 } },
      { id: 'league-line', type: 'line', source: 'leagues', paint: { 'line-color': '#8a8170', 'line-width': 1.2 } },
    ],
  };
}

/** Creates the map in `container`; without WebGL the page works on and says the map is missing. */
export async function createReviewMap(container: HTMLElement): Promise<void> {
  try {
    const [basemap, leagues, counties] = await Promise.all(['basemap.json', 'leagues.geojson', 'counties.geojson'].map(data));
    const m = new maplibregl.Map({ container, style: style(basemap, leagues, counties), bounds: REGION, attributionControl: false, dragRotate: false, fadeDuration: 0 });
    m.addControl(new maplibregl.AttributionControl({ compact: true }), 'bottom-right');
    await new Promise<void>((resolve) => m.once('load', () => resolve()));
    map = m;
  } catch (err) {
    container.replaceChildren(el('p', `No map: ${(err as Error).message}`, 'muted'));
  }
}

function pin(text: string, cls: string, title: string, at: UnitView, stack: Map<string, number>): maplibregl.Marker {
  const e = el('div', text, `pin ${cls}`);
  e.title = title;
  const key = `${at.lon},${at.lat}`;
  const k = stack.get(key) ?? 0;
  stack.set(key, k + 1);
  return new maplibregl.Marker({ element: e, anchor: 'left', offset: [-8, k * STACK_PX] }).setLngLat([at.lon, at.lat]);
}

/** Replaces the pins and fits the view to them (all of Inner Mongolia when there are none). */
function setPins(list: { text: string; cls: string; title: string; at: UnitView }[]): void {
  if (!map) return;
  for (const p of pins) p.remove();
  const stack = new Map<string, number>();
  pins = list.map((p) => pin(p.text, p.cls, p.title, p.at, stack));
  for (const p of pins) p.addTo(map);
  const pts = list.map((p) => p.at);
  if (pts.length === 0) { map.fitBounds(REGION, { duration: 0 }); return; }
  const b = new maplibregl.LngLatBounds([pts[0].lon, pts[0].lat], [pts[0].lon, pts[0].lat]);
  for (const p of pts) b.extend([p.lon, p.lat]);
  map.fitBounds(b, { padding: 40, maxZoom: MAX_FIT_ZOOM, duration: 0 });
}

/** Pins the chosen unit (named) and its candidates (numbered). */
export function showOnMap(chosen: UnitView | null, candidates: UnitView[]): void {
  setPins([
    ...(chosen ? [{ text: chosen.name, cls: 'chosen', title: chosen.chain, at: chosen }] : []),
    ...candidates.map((c, i) => ({ text: `${i + 1} ${c.name}`, cls: 'candidate', title: c.chain, at: c })),
  ]);
}

/** Pins every place of an article just added, once each. */
export function showPlaces(places: { code: string | null; name: string | null; lon?: number; lat?: number }[]): void {
  const seen = new Map<string, UnitView>();
  for (const p of places) {
    if (p.name && p.lon !== undefined && p.lat !== undefined) seen.set(p.code ?? p.name, { code: p.code ?? '', name: p.name, chain: p.name, lon: p.lon, lat: p.lat });
  }
  setPins([...seen.values()].map((u) => ({ text: u.name, cls: 'place', title: u.name, at: u })));
}
