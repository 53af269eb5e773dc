/**
 * The marker layer's data. Each initiative is counted once, at its anchor: the first of its places (the place it
 * is mainly about) inside the selected region, so circle numbers add up to the initiatives shown. A place carries
 * its anchored initiatives per category (`k_<category>`, summed by the cluster source) and, uncounted, the other
 * initiatives that mention it (`m_<category>`), zero counts left out; which categories count is decided by expressions at draw time,
 * so a category toggle never rebuilds this data.
 */
import { anchoredKey, CATEGORY_IDS, levelDepth, mentionKey, type IndexedInitiative, type MarkerProps, type PlaceProperties } from '../../contract/index.ts';
import { placeInRegion } from '../filter.ts';
import { CATEGORY_NO, positionsOf } from '../positions.ts';
import type { AtlasData } from '../types.ts';


/** True when the point stands at a coarser unit than the place itself (a gacha drawn at its township). */
export function isApproximate(p: PlaceProperties): boolean {
  return p.precision !== 'exact' && levelDepth(p.precision) < levelDepth(p.level);
}

const NC = CATEGORY_IDS.length;
const ANCHORED = CATEGORY_IDS.map(anchoredKey), MENTIONED = CATEGORY_IDS.map(mentionKey);

/** The name a marker is labelled with (in Chinese; the app translates it for English). */
export const markerName = (p: Pick<PlaceProperties, 'name' | 'shortName'>): string => p.shortName || p.name;

/** The place an initiative is counted at: its first place inside `region` (any region when null). */
export function anchorOf(it: Pick<IndexedInitiative, 'places'>, byId: Map<string, PlaceProperties>, region: string | null): string | null {
  for (const id of it.places) {
    const p = byId.get(id);
    if (p && placeInRegion(p, region)) return id;
  }
  return null;
}

/**
 * Marker features for `initiatives` (those passing region and search, every category; objects or positions in
 * data.initiatives): one per place in the region
 * that anchors or is mentioned by one of them. `regionCodes` are the leagues and banners drawn with their own label.
 */
export function markerFeatures(data: Pick<AtlasData, 'places' | 'initiatives'>, initiatives: Pick<IndexedInitiative, 'category' | 'places'>[] | Int32Array, region: string | null, byId: Map<string, PlaceProperties>,
  label: (p: PlaceProperties) => string, regionCodes: Set<string>): GeoJSON.FeatureCollection<GeoJSON.Point, MarkerProps> {
  const { placeNo, category, itPlaces } = positionsOf(data);
  const places = data.places.features;
  // Counted in one typed array (per place: anchored per category, then mentions per category) rather than an object per place.
  const inRegion = new Uint8Array(places.length);
  for (let k = 0; k < places.length; k++) inRegion[k] = byId.has(places[k].properties.id) && placeInRegion(places[k].properties, region) ? 1 : 0;
  const counts = new Uint32Array(places.length * 2 * NC);
  const at: number[] = [];
  const add = (k: number | undefined) => { if (k !== undefined && inRegion[k] && !at.includes(k)) at.push(k); };
  // Initiatives are given as objects, or as positions in data.initiatives, whose places are then read as positions too.
  for (let i = 0; i < initiatives.length; i++) {
    const it = initiatives[i];
    at.length = 0;
    let c: number;
    if (typeof it === 'number') {
      c = category[it];
      for (let j = itPlaces.start[it]; j < itPlaces.start[it + 1]; j++) add(itPlaces.list[j]);
    } else {
      c = CATEGORY_NO.get(it.category) ?? 0;
      for (const id of it.places) add(placeNo.get(id));
    }
    // The anchor is the first of its places in the region; the others are mentioned.
    if (!at.length) continue;
    counts[at[0] * 2 * NC + c]++;
    for (let j = 1; j < at.length; j++) counts[at[j] * 2 * NC + NC + c]++;
  }
  const features: GeoJSON.Feature<GeoJSON.Point, MarkerProps>[] = [];
  for (let k = 0; k < places.length; k++) {
    const row = counts.subarray(k * 2 * NC, (k + 1) * 2 * NC);
    if (!row.some((n) => n > 0)) continue;
    const f = places[k], p = f.properties;
    const props: MarkerProps = { id: p.id, label: p.code && regionCodes.has(p.code) ? '' : label(p), approx: isApproximate(p), precision: p.precision,
      doubtful: p.doubtful === true };
    // Only counts above zero are written: the layers read a missing count as 0.
    for (let c = 0; c < NC; c++) {
      if (row[c]) props[ANCHORED[c]] = row[c];
      if (row[NC + c]) props[MENTIONED[c]] = row[NC + c];
    }
    features.push({ type: 'Feature', geometry: f.geometry, properties: props });
  }
  return { type: 'FeatureCollection', features };
}
