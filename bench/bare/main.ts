/**
 * The benchmark baseline: a bare MapLibre page with the same boundaries and points as the app, and nothing else.
 * It reports `window.__idleAt` (ms since navigation) at the first idle, as the app's benchmark probe does.
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
      places: { type: 'geojson', data: data('places.geojson') },
    },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#f4f1ea' } },
      { id: 'counties', type: 'line', source: 'counties', paint: { 'line-color': '#bbb', 'line-width': 0.5 } },
      { id: 'leagues', type: 'line', source: 'leagues', paint: { 'line-color': '#666', 'line-width': 1 } },
      { id: 'places', type: 'circle', source: 'places', paint: { 'circle-radius': 6, 'circle-color': '#0072b2' } },
    ],
  },
});
map.once('idle', () => {
  (window as unknown as { __idleAt: number }).__idleAt = performance.now();
});
