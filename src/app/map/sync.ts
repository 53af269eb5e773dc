/**
 * Makes the map show a state: marker data, selection highlights, and the camera (a new region is fitted,
 * an explicit view is jumped to). Labels follow the language. Every camera move takes the overlays' padding as the
 * map's own, so the map's centre (the view's `center`) is the middle of the part no overlay covers.
 */
import type { FilterSpecification, GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import { bbox } from '@turf/turf';
import type { IndexedInitiative, PlaceProperties } from '../../contract/index.ts';
import { markerFeatures } from './markers.ts';
import { labelPoints } from './labelPoints.ts';
import { overlayPadding } from './overlays.ts';
import { LABEL_KIND, regionFilter, selectedPlaceFilter } from './style.ts';
import type { AtlasData, AtlasState } from '../types.ts';

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

/** Marker data for the initiatives passing region and search (every category: categories are drawn by expressions). */
export function markerData(data: Pick<AtlasData, 'places' | 'initiatives' | 'leagues' | 'counties'>, initiatives: Pick<IndexedInitiative, 'category' | 'places'>[] | Int32Array, region: string | null,
  byId: Map<string, PlaceProperties>, label: (p: PlaceProperties) => string): GeoJSON.FeatureCollection {
  const regionCodes = new Set([...data.leagues.features, ...data.counties.features].map((f) => f.properties.code));
  return markerFeatures(data, initiatives, region, byId, label, regionCodes);
}

/** Hands marker data (see markerData) to the map, or the address of a file of it for the map's worker to fetch. */
export function showMarkers(map: MlMap, markers: GeoJSON.FeatureCollection | string): void {
  (map.getSource('places') as GeoJSONSource).setData(markers);
}

/** Hands the banner boundaries to the map, once: the style leaves them out when the first view draws none (see app.ts). */
export function showCounties(map: MlMap, data: AtlasData): void {
  (map.getSource('counties') as GeoJSONSource).setData(data.counties);
}

export function showSelection(map: MlMap, s: AtlasState): void {
  for (const id of ['region-highlight', 'region-outline', 'county-highlight', 'county-outline']) map.setFilter(id, regionFilter(s.region) as FilterSpecification);
  map.setFilter('marker-selected', selectedPlaceFilter(s.place) as FilterSpecification);
}

/** The boundary feature of a league or banner, if the data has one. */
export function regionFeature(data: AtlasData, code: string): GeoJSON.Feature | undefined {
  return data.leagues.features.find((f) => f.properties.code === code) ?? data.counties.features.find((f) => f.properties.code === code);
}

export function fitRegion(map: MlMap, data: AtlasData, code: string, animate: boolean): boolean {
  const f = regionFeature(data, code);
  if (!f) return false;
  fitBox(map, bbox(f) as [number, number, number, number], animate);
  return true;
}

/** Fits a box into the part of the map no overlay covers. */
export function fitBox(map: MlMap, [w, s, e, n]: [number, number, number, number], animate: boolean): void {
  // absolutePadding: the map keeps this padding after the fit instead of adding it to what it had.
  map.fitBounds([[w, s], [e, n]], { padding: overlayPadding(map), absolutePadding: true, animate, duration: animate ? 600 : 0, maxZoom: 11 });
}

/** The first view: all of Inner Mongolia, whatever the screen size. */
export function fitAll(map: MlMap, data: AtlasData): void {
  fitBox(map, bbox(data.leagues) as [number, number, number, number], false);
}

/** A view given at start is shown as views are saved: its centre in the middle of the part no overlay covers. */
export function padStartView(map: MlMap): void {
  map.jumpTo({ padding: overlayPadding(map) });
}

export function jumpToView(map: MlMap, view: AtlasState['view']): void {
  if (!sameView(view, currentView(map))) map.jumpTo({ center: view.center, zoom: view.zoom, padding: overlayPadding(map) });
}

/** Writes `label` (the name in the UI language) into the label source, each feature tagged with the layer it is for. */
export function labelData(data: Pick<AtlasData, 'leagues' | 'counties'>, basemap: GeoJSON.FeatureCollection | null, name: (zh: string, en?: string) => string): GeoJSON.FeatureCollection {
  const tag = (kind: string, fc: GeoJSON.FeatureCollection) => fc.features.map((f) => ({ ...f, properties: { ...f.properties, [LABEL_KIND]: kind } }));
  // China itself is the whole map's context, so only its neighbours and provinces are named.
  const named = (basemap?.features ?? []).filter((f) => f.properties?.nameEn !== 'China');
  return { type: 'FeatureCollection', features: [
    ...tag('league', labelPoints(data.leagues, (p) => name(p.name))),
    ...tag('county', labelPoints(data.counties, (p) => name(p.shortName || p.name))),
    ...tag('basemap', labelPoints({ type: 'FeatureCollection', features: named }, (p) => name(String(p?.name ?? ''), p?.nameEn))),
  ] };
}

/** Hands label data (see labelData) to the map. */
export function showLabels(map: MlMap, labels: GeoJSON.FeatureCollection): void {
  (map.getSource('labels') as GeoJSONSource).setData(labels);
}

/** Zoom at which markers are no longer clustered (one above the source's clusterMaxZoom). */
export const UNCLUSTERED_ZOOM = 8;

/** Brings a selected place into view, unclustered, unless its own marker is already on screen and uncovered. */
export function revealPlace(map: MlMap, data: AtlasData, id: string, animate = true): void {
  const f = data.places.features.find((x) => x.properties.id === id);
  if (!f) return;
  const c = f.geometry.coordinates;
  const drawn = map.queryRenderedFeatures({ layers: ['markers', 'mentions'], filter: ['==', ['get', 'id'], id] }).length > 0;
  const pad = overlayPadding(map);
  const pt = map.project(c as [number, number]);
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  if (drawn && pt.x > pad.left && pt.x < w - pad.right && pt.y > pad.top && pt.y < h - pad.bottom) return;
  flyToPoint(map, c as [number, number], Math.max(map.getZoom(), UNCLUSTERED_ZOOM), animate);
}

/** Centres a point in the part of the map no overlay covers. */
export function flyToPoint(map: MlMap, c: [number, number], zoom: number, animate = true): void {
  map.easeTo({ center: c, zoom, padding: overlayPadding(map), duration: animate ? 500 : 0 });
}
