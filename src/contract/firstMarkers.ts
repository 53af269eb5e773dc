/**
 * `first-markers-<hash>.geojson`: the markers of the view a first visit shows (every category, no region, search or
 * period, Chinese labels), written by the build with the app's own marker rule (app/map/firstMarkers.ts). MapLibre's
 * worker fetches it while the page still reads and checks the rest, so the markers of the first view are neither
 * worked out nor copied to the worker on the page's main thread. initiative-index.json names the file (`firstMarkers`):
 * the name carries a hash of its text, so an index can only name the markers written beside it. Types and validator.
 */
import { collector, isNum, isObj, isStr } from './check.ts';
import { CATEGORY_IDS, type CategoryId } from './initiatives.ts';
import { PRECISIONS, type Precision } from './levels.ts';

/** The file's name, from a hash of its text (16 hex digits). */
export const firstMarkersFile = (hash: string): string => `first-markers-${hash}.geojson`;
/** Names that firstMarkersFile makes; nothing else is fetched or cleaned up under this pattern. */
export const FIRST_MARKERS_NAME = /^first-markers-[0-9a-f]{16}\.geojson$/;

/** Property holding a place's anchored initiatives of a category (a cluster holds their sum). */
export const anchoredKey = (c: CategoryId): string => `k_${c}`;
/** Property holding the initiatives of a category that mention the place but are anchored elsewhere. */
export const mentionKey = (c: CategoryId): string => `m_${c}`;

/** Properties of one marker: a place, its label and its counts per category (zero counts left out). */
export interface MarkerProps {
  /** The place's id (PlaceProperties.id). */
  id: string;
  /** Name drawn beside the marker; empty for a league or banner, whose region label already names it. */
  label: string;
  approx: boolean;
  precision: Precision;
  /** The place was matched only by a doubtful rule (see PlaceProperties.doubtful). */
  doubtful: boolean;
  [count: string]: string | number | boolean;
}

const COUNT_KEYS = new Set(CATEGORY_IDS.flatMap((c) => [anchoredKey(c), mentionKey(c)]));
const FIXED = new Set(['id', 'label', 'approx', 'precision', 'doubtful']);

/** Checks a markers FeatureCollection: one Point per known place, each count a whole number above zero. */
export function validateMarkers(data: unknown, placeIds?: Pick<ReadonlySet<string>, 'has'>): string[] {
  const { problems, add } = collector();
  if (!isObj(data) || data.type !== 'FeatureCollection' || !Array.isArray(data.features)) return ['markers: not a GeoJSON FeatureCollection'];
  const seen = new Set<string>();
  (data.features as unknown[]).forEach((f, i) => {
    const w = `markers[${i}]`;
    if (!isObj(f) || f.type !== 'Feature' || !isObj(f.geometry) || f.geometry.type !== 'Point') return add(w, 'not a Point feature');
    const c = f.geometry.coordinates as unknown[];
    if (!Array.isArray(c) || !isNum(c[0]) || !isNum(c[1])) add(w, 'bad coordinates');
    const p = f.properties;
    if (!isObj(p)) return add(w, 'no properties');
    if (!isStr(p.id) || !p.id) add(w, 'id missing');
    else if (seen.has(p.id)) add(w, `duplicate id ${p.id}`);
    else if (placeIds && !placeIds.has(p.id)) add(w, `unknown place ${p.id}`);
    else seen.add(p.id);
    if (!isStr(p.label)) add(w, 'label must be a string');
    if (typeof p.approx !== 'boolean' || typeof p.doubtful !== 'boolean') add(w, 'approx and doubtful must be booleans');
    if (!PRECISIONS.includes(p.precision as Precision)) add(w, `bad precision ${String(p.precision)}`);
    let any = false;
    for (const [k, v] of Object.entries(p)) {
      if (FIXED.has(k)) continue;
      if (!COUNT_KEYS.has(k)) add(w, `unknown property ${k}`);
      else if (!(Number.isInteger(v) && (v as number) > 0)) add(w, `${k} must be a whole number above zero`);
      else any = true;
    }
    if (!any) add(w, 'a marker counts or mentions at least one initiative');
  });
  return problems;
}
