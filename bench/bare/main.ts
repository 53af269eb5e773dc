/**
 * The benchmark baseline: a bare MapLibre page with the same boundaries and points as the app, clustered as the app
 * clusters them, and nothing else. It reports `window.__idleAt` (ms since navigation) at the first idle, as the app's
 * benchmark probe does, and `window.__bench.toggle(category)`: the least MapLibre work a category filter needs.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

maplibregl.setWorkerUrl(workerUrl);
const data = (name: string) => new URL(`./data/${name}`, location.href).href;
const map = new maplibregl.Map({
  container: 'map',
  center: [113.5, 44.5],
  zoom: 4,
  style: {
    version: 8,
    sources: {
      leagues: { type: 'geojson', data: data('leagues.geojson') },
      counties: { type: 'geojson', data: data('counties.geojson') },
      places: { type: 'geojson', data: data('places.geojson'), cluster: true, clusterRadius: 40, clusterMaxZoom: 7 },
    },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#f4f1ea' } },
      { id: 'counties', type: 'line', source: 'counties', paint: { 'line-color': '#bbb', 'line-width': 0.5 } },
      { id: 'leagues', type: 'line', source: 'leagues', paint: { 'line-color': '#666', 'line-width': 1 } },
      { id: 'clusters', type: 'circle', source: 'places', filter: ['has', 'point_count'], paint: { 'circle-radius': 12, 'circle-color': '#888' } },
      { id: 'places', type: 'circle', source: 'places', filter: ['!', ['has', 'point_count']], paint: { 'circle-radius': 6, 'circle-color': '#0072b2' } },
    ],
  },
});
const idle = () => new Promise<void>((r) => { map.once('idle', () => r()); map.triggerRepaint(); });
map.once('idle', () => {
  (window as unknown as { __idleAt: number }).__idleAt = performance.now();
});

let points: GeoJSON.Feature[] | undefined;
const hidden = new Set<string>();
(window as unknown as { __bench: unknown }).__bench = {
  /** Shows or hides the points whose `category` property is `category`; resolves with the ms until the map is idle. */
  async toggle(category: string): Promise<number> {
    points ??= ((await (await fetch(data('places.geojson'))).json()) as GeoJSON.FeatureCollection).features;
    const t0 = performance.now();
    if (!hidden.delete(category)) hidden.add(category);
    (map.getSource('places') as maplibregl.GeoJSONSource).setData({ type: 'FeatureCollection', features: points.filter((f) => !hidden.has(String(f.properties?.category))) });
    await idle();
    return performance.now() - t0;
  },
};
