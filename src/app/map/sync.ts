/**
 * Makes the map show a state: marker data, selection highlights, and the camera (a new region is fitted,
 * an explicit view is jumped to). Labels follow the language.
 */
import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import { bbox } from '@turf/turf';
import type { PlaceProperties } from '../../contract/index.ts';
import { markerFeatures } from './markers.ts';
import { labelPoints } from './labelPoints.ts';
import type { AtlasData, AtlasState } from '../types.ts';
import type { Visible } from '../filter.ts';

/** Camera tolerances: views closer than this are the same view (avoids URL ↔ map feedback loops). */
const SAME_VIEW = { degrees: 1e-4, zoom: 0.01 };

export function sameView(a: AtlasState['view'], b: AtlasState['view']): boolean {
  return Math.abs(a.center[0] - b.center[0]) < SAME_VIEW.degrees && Math.abs(a.center[1] - b.center[1]) < SAME_VIEW.degrees
    && Math.abs(a.zoom - b.zoom) < SAME_VIEW.zoom;
}

export function currentView(map: MlMap): AtlasState['view'] {
  const c = map.getCenter();
  return { center: [c.lng, c.lat], zoom: map.getZoom() };
}

export function showMarkers(map: MlMap, data: AtlasData, v: Visible, label: (p: PlaceProperties) => string): void {
  (map.getSource('places') as GeoJSONSource).setData(markerFeatures(data, v.places, v.initiatives, label));
}

export function showSelection(map: MlMap, s: AtlasState): void {
  const code = s.region ?? '';
  for (const id of ['region-highlight', 'region-outline', 'county-highlight', 'county-outline']) map.setFilter(id, ['==', ['get', 'code'], code]);
  map.setFilter('marker-selected', ['all', ['!', ['has', 'point_count']], ['==', ['get', 'id'], s.place ?? '']]);
}

/** The boundary feature of a league or banner, if the data has one. */
export function regionFeature(data: AtlasData, code: string): GeoJSON.Feature | undefined {
  return data.leagues.features.find((f) => f.properties.code === code) ?? data.counties.features.find((f) => f.properties.code === code);
}

export function fitRegion(map: MlMap, data: AtlasData, code: string, animate: boolean): boolean {
  const f = regionFeature(data, code);
  if (!f) return false;
  const [w, s, e, n] = bbox(f);
  map.fitBounds([[w, s], [e, n]], { padding: 40, animate, duration: animate ? 600 : 0 });
  return true;
}

export function jumpToView(map: MlMap, view: AtlasState['view']): void {
  if (!sameView(view, currentView(map))) map.jumpTo({ center: view.center, zoom: view.zoom });
}

/** Writes `label` (the name in the UI language) into every label source. */
export function showLabels(map: MlMap, data: AtlasData, basemap: GeoJSON.FeatureCollection | null, name: (zh: string, en?: string) => string): void {
  const set = (id: string, fc: GeoJSON.FeatureCollection) => (map.getSource(id) as GeoJSONSource).setData(fc);
  set('league-labels', labelPoints(data.leagues, (p) => name(p.name)));
  set('county-labels', labelPoints(data.counties, (p) => name(p.shortName || p.name)));
  // China itself is the whole map's context, so only its neighbours and provinces are named.
  const named = (basemap?.features ?? []).filter((f) => f.properties?.nameEn !== 'China');
  set('basemap-labels', labelPoints({ type: 'FeatureCollection', features: named }, (p) => name(String(p?.name ?? ''), p?.nameEn)));
}

/** Zoom at which markers are no longer clustered (one above the source's clusterMaxZoom). */
export const UNCLUSTERED_ZOOM = 8;

/** Brings a selected place into view, unclustered, unless its own marker is already on screen. */
export function revealPlace(map: MlMap, data: AtlasData, id: string, animate = true): void {
  const f = data.places.features.find((x) => x.properties.id === id);
  if (!f) return;
  const c = f.geometry.coordinates;
  if (map.queryRenderedFeatures({ layers: ['markers'], filter: ['==', ['get', 'id'], id] }).length) return;
  map.easeTo({ center: c, zoom: Math.max(map.getZoom(), UNCLUSTERED_ZOOM), duration: animate ? 500 : 0 });
}
