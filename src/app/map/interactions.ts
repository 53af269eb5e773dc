/**
 * Pointer interactions: a marker selects its place, a cluster zooms in, a banner (when zoomed in) or league
 * selects its region; approximate markers explain themselves on hover.
 */
import * as maplibregl from 'maplibre-gl';
import type { GeoJSONSource, Map as MlMap, MapMouseEvent } from 'maplibre-gl';
import type { Precision } from '../../contract/index.ts';
import type { Store } from '../types.ts';

export interface InteractionDeps {
  store: Store;
  /** Text for a hovered marker: its name, count and, when approximate, why. */
  hoverText: (id: string, approx: boolean, precision: Precision) => string;
  /** Text for a hovered cluster: how many places it holds. */
  clusterText: (places: number) => string;
}

const HIT = ['markers', 'clusters', 'county-fill', 'league-fill'];

export function bindInteractions(map: MlMap, d: InteractionDeps): void {
  const popup = new maplibregl.Popup({ closeButton: false, closeOnClick: false, offset: 12, className: 'hover-popup' });
  map.on('click', (e: MapMouseEvent) => {
    const layers = HIT.filter((id) => map.getLayer(id));
    const hits = map.queryRenderedFeatures(e.point, { layers });
    const marker = hits.find((f) => f.layer.id === 'markers');
    if (marker) return d.store.set({ place: String(marker.properties.id) }, { push: true });
    const cluster = hits.find((f) => f.layer.id === 'clusters');
    if (cluster) {
      const src = map.getSource('places') as GeoJSONSource;
      src.getClusterExpansionZoom(Number(cluster.properties.cluster_id)).then((zoom) =>
        map.easeTo({ center: (cluster.geometry as GeoJSON.Point).coordinates as [number, number], zoom }));
      return;
    }
    const region = hits.find((f) => f.layer.id === 'county-fill') ?? hits.find((f) => f.layer.id === 'league-fill');
    if (region) d.store.set({ region: String(region.properties.code), place: null }, { push: true });
  });
  for (const id of ['markers', 'clusters', 'league-fill', 'county-fill']) {
    map.on('mouseenter', id, () => { map.getCanvas().style.cursor = 'pointer'; });
    map.on('mouseleave', id, () => { map.getCanvas().style.cursor = ''; });
  }
  map.on('mousemove', 'markers', (e) => {
    const feats = e.features ?? [];
    if (!feats.length) return;
    // Markers can share a point (a gacha drawn at its township): name every one under the pointer.
    const seen = new Set<string>();
    const lines = feats.filter((f) => !seen.has(String(f.properties.id)) && seen.add(String(f.properties.id))).slice(0, 6)
      .map((f) => d.hoverText(String(f.properties.id), f.properties.approx === true || f.properties.approx === 'true', f.properties.precision as Precision));
    popup.setLngLat((feats[0].geometry as GeoJSON.Point).coordinates as [number, number]).setText(lines.join('\n')).addTo(map);
  });
  map.on('mouseleave', 'markers', () => popup.remove());
  map.on('mousemove', 'clusters', (e) => {
    const f = e.features?.[0];
    if (!f) return;
    popup.setLngLat((f.geometry as GeoJSON.Point).coordinates as [number, number])
      .setText(d.clusterText(Number(f.properties.point_count))).addTo(map);
  });
  map.on('mouseleave', 'clusters', () => popup.remove());
}
