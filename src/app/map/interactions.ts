/**
 * Pointer interactions: a marker selects its place (a chooser when several places share the spot), a cluster
 * zooms in, a banner (when zoomed in) or league selects its region; markers, clusters and (with the choropleth)
 * regions explain themselves on hover. Hover popups close whenever the view moves under them.
 */
import * as maplibregl from 'maplibre-gl';
import type { GeoJSONSource, MapGeoJSONFeature, Map as MlMap, MapMouseEvent } from 'maplibre-gl';
import type { Precision } from '../../contract/index.ts';
import { h } from '../dom.ts';
import { flyToPoint } from './sync.ts';
import type { Store } from '../types.ts';

export interface InteractionDeps {
  store: Store;
  /** Text for a hovered place: its name, count and, when approximate, why. */
  hoverText: (id: string, approx: boolean, precision: Precision) => string;
  /** Text for a hovered cluster from its properties (how many visible initiatives it holds). */
  clusterText: (props: Record<string, unknown>) => string;
  /** Text for a hovered region while the choropleth is on. */
  regionText: (code: string) => string;
  /** Heading of the chooser shown when several places share the clicked spot. */
  chooserTitle: (n: number) => string;
  /** Name and count of a place, as a chooser button says it. */
  placeLabel: (id: string) => string;
}

const PLACE_LAYERS = ['markers', 'mentions'];
const HIT = [...PLACE_LAYERS, 'clusters', 'county-fill', 'league-fill'];
const point = (f: MapGeoJSONFeature) => (f.geometry as GeoJSON.Point).coordinates as [number, number];

/** Distinct place ids among hit features, in drawing order (topmost first). */
export function placesHit(hits: { layer: { id: string }; properties: Record<string, unknown> }[]): string[] {
  return [...new Set(hits.filter((f) => PLACE_LAYERS.includes(f.layer.id)).map((f) => String(f.properties.id)))];
}

export function bindInteractions(map: MlMap, d: InteractionDeps): void {
  const popup = new maplibregl.Popup({ closeButton: false, closeOnClick: false, offset: 12, className: 'hover-popup' });
  const chooser = new maplibregl.Popup({ closeButton: true, closeOnClick: true, offset: 10, className: 'place-chooser', maxWidth: '260px' });
  map.on('movestart', () => { popup.remove(); chooser.remove(); });
  const choose = (ids: string[], at: [number, number]) => {
    const pick = (id: string) => { chooser.remove(); d.store.set({ place: id }, { push: true }); };
    const list = h('ul', {}, ...ids.map((id) => h('li', {}, h('button', { type: 'button', 'data-place': id, onclick: () => pick(id) }, d.placeLabel(id)))));
    chooser.setLngLat(at).setDOMContent(h('div', {}, h('p', { class: 'chooser-title' }, d.chooserTitle(ids.length)), list)).addTo(map);
    list.querySelector('button')?.focus();
  };
  map.on('click', (e: MapMouseEvent) => {
    const hits = map.queryRenderedFeatures(e.point, { layers: HIT.filter((id) => map.getLayer(id)) });
    const ids = placesHit(hits);
    if (ids.length === 1) return d.store.set({ place: ids[0] }, { push: true });
    if (ids.length > 1) { popup.remove(); return choose(ids, point(hits.find((f) => PLACE_LAYERS.includes(f.layer.id))!)); }
    const cluster = hits.find((f) => f.layer.id === 'clusters');
    if (cluster) {
      const src = map.getSource('places') as GeoJSONSource;
      src.getClusterExpansionZoom(Number(cluster.properties.cluster_id)).then((zoom) => flyToPoint(map, point(cluster), zoom));
      return;
    }
    const region = hits.find((f) => f.layer.id === 'county-fill') ?? hits.find((f) => f.layer.id === 'league-fill');
    if (region) d.store.set({ region: String(region.properties.code), place: null }, { push: true });
  });
  for (const id of [...PLACE_LAYERS, 'clusters', 'league-fill', 'county-fill']) {
    map.on('mouseenter', id, () => { map.getCanvas().style.cursor = 'pointer'; });
    map.on('mouseleave', id, () => { map.getCanvas().style.cursor = ''; });
  }
  // The topmost thing under the pointer explains itself: a place, else a cluster, else a shaded region.
  map.on('mousemove', (e: MapMouseEvent) => {
    const layers = [...PLACE_LAYERS, 'clusters', 'league-choro', 'county-choro'].filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none');
    const hits = map.queryRenderedFeatures(e.point, { layers });
    const places = hits.filter((f) => PLACE_LAYERS.includes(f.layer.id));
    if (places.length) {
      // Places can share a point (a gacha drawn at its township): name every one under the pointer.
      const seen = new Set<string>();
      const lines = places.filter((f) => !seen.has(String(f.properties.id)) && seen.add(String(f.properties.id))).slice(0, 6)
        .map((f) => d.hoverText(String(f.properties.id), f.properties.approx === true || f.properties.approx === 'true', f.properties.precision as Precision));
      popup.setLngLat(point(places[0])).setText(lines.join('\n')).addTo(map);
      return;
    }
    const cluster = hits.find((f) => f.layer.id === 'clusters');
    if (cluster) { popup.setLngLat(point(cluster)).setText(d.clusterText(cluster.properties)).addTo(map); return; }
    const region = hits.find((f) => f.layer.id === 'county-choro') ?? hits.find((f) => f.layer.id === 'league-choro');
    if (region) { popup.setLngLat(e.lngLat).setText(d.regionText(String(region.properties.code))).addTo(map); return; }
    popup.remove();
  });
  map.getCanvas().addEventListener('mouseleave', () => popup.remove());
}
