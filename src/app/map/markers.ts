/**
 * The marker layer's data. Each initiative is counted once, at its anchor: the first of its places (the place it
 * is mainly about) inside the selected region, so circle numbers add up to the initiatives shown. A place carries
 * its anchored initiatives per category (`k_<category>`, summed by the cluster source) and, uncounted, the other
 * initiatives that mention it (`m_<category>`), zero counts left out; which categories count is decided by expressions at draw time,
 * so a category toggle never rebuilds this data.
 */
import { levelDepth, type CategoryId, type IndexedInitiative, type PlaceProperties, type Precision } from '../../contract/index.ts';
import { placeInRegion } from '../filter.ts';
import type { AtlasData } from '../types.ts';


/** True when the point stands at a coarser unit than the place itself (a gacha drawn at its township). */
export function isApproximate(p: PlaceProperties): boolean {
  return p.precision !== 'exact' && levelDepth(p.precision) < levelDepth(p.level);
}

/** Property holding a place's anchored initiatives of a category (a cluster holds their sum). */
export const anchoredKey = (c: CategoryId) => `k_${c}`;
/** Property holding the initiatives of a category that mention the place but are anchored elsewhere. */
export const mentionKey = (c: CategoryId) => `m_${c}`;

export interface MarkerProps {
  id: string;
  /** Name drawn beside the marker; empty for a league or banner, whose region label already names it. */
  label: string;
  approx: boolean;
  precision: Precision;
  /** The place was matched only by a doubtful rule (see PlaceProperties.doubtful). */
  doubtful: boolean;
  [count: string]: string | number | boolean;
}

/** The place an initiative is counted at: its first place inside `region` (any region when null). */
export function anchorOf(it: Pick<IndexedInitiative, 'places'>, byId: Map<string, PlaceProperties>, region: string | null): string | null {
  for (const id of it.places) {
    const p = byId.get(id);
    if (p && placeInRegion(p, region)) return id;
  }
  return null;
}

/**
 * Marker features for `initiatives` (those passing region and search, every category): one per place in the region
 * that anchors or is mentioned by one of them. `regionCodes` are the leagues and banners drawn with their own label.
 */
export function markerFeatures(data: AtlasData, initiatives: Pick<IndexedInitiative, 'category' | 'places'>[], region: string | null, byId: Map<string, PlaceProperties>,
  label: (p: PlaceProperties) => string, regionCodes: Set<string>): GeoJSON.FeatureCollection<GeoJSON.Point, MarkerProps> {
  const counts = new Map<string, Record<string, number>>();
  const bump = (place: string, key: string) => {
    let c = counts.get(place);
    if (!c) counts.set(place, (c = {}));
    c[key] = (c[key] ?? 0) + 1;
  };
  for (const it of initiatives) {
    const anchor = anchorOf(it, byId, region);
    if (!anchor) continue;
    bump(anchor, anchoredKey(it.category));
    for (const id of new Set(it.places)) {
      const p = byId.get(id);
      if (id !== anchor && p && placeInRegion(p, region)) bump(id, mentionKey(it.category));
    }
  }
  const features: GeoJSON.Feature<GeoJSON.Point, MarkerProps>[] = [];
  for (const f of data.places.features) {
    const c = counts.get(f.properties.id);
    if (!c) continue;
    const p = f.properties;
    const props: MarkerProps = { id: p.id, label: p.code && regionCodes.has(p.code) ? '' : label(p), approx: isApproximate(p), precision: p.precision,
      doubtful: p.doubtful === true };
    // Only counts above zero are written: the layers read a missing count as 0.
    for (const [key, n] of Object.entries(c)) props[key] = n;
    features.push({ type: 'Feature', geometry: f.geometry, properties: props });
  }
  return { type: 'FeatureCollection', features };
}
