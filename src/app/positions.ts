/**
 * The loaded data as numbers: places and initiatives by their position in `data.places.features` and
 * `data.initiatives`, each initiative's places and each place's initiatives as position lists. Worked out once per
 * data set, so that visibility and marker counts at 50,000 initiatives walk typed arrays instead of looking ids up.
 */
import { CATEGORY_IDS, type CategoryId, type IndexPositions } from '../contract/index.ts';
import type { AtlasData } from './types.ts';

/** Positions `start[i]` … `start[i + 1] - 1` of `list` hold the entries of item `i`. */
export interface Lists { start: Int32Array; list: Int32Array }

export interface Positions {
  placeNo: Map<string, number>;
  itNo: Map<string, number>;
  /** Per initiative: its category's position in CATEGORY_IDS. */
  category: Uint8Array;
  /** Per initiative: the positions of its places, in its own order (unknown ids left out). */
  itPlaces: Lists;
  /**
   * Per place: the positions of the initiatives naming it, in data order. By the contract (placeInitiatives.ts) these
   * are the ones its `initiatives` lists; worked out from `itPlaces`, so no id is looked up.
   */
  placeIts: Lists;
}

export const CATEGORY_NO = new Map<CategoryId, number>(CATEGORY_IDS.map((c, i) => [c, i]));

/** The rows (positions each) as one list. */
function lists(rows: readonly (readonly number[])[]): Lists {
  const start = new Int32Array(rows.length + 1);
  for (let i = 0; i < rows.length; i++) start[i + 1] = start[i] + rows[i].length;
  const list = new Int32Array(start[rows.length]);
  // A plain loop: TypedArray.set from 50,000 small arrays took four times as long.
  let j = 0;
  for (const row of rows) for (const k of row) list[j++] = k;
  return { start, list };
}

/** The lists inverted: for each of `n` targets, the items whose lists hold it, in item order. */
function inverted(lists: Lists, n: number): Lists {
  const start = new Int32Array(n + 1);
  for (const k of lists.list) start[k + 1]++;
  for (let k = 0; k < n; k++) start[k + 1] += start[k];
  const next = start.slice(0, n);
  const list = new Int32Array(lists.list.length);
  for (let i = 0; i + 1 < lists.start.length; i++) {
    for (let j = lists.start[i]; j < lists.start[i + 1]; j++) list[next[lists.list[j]]++] = i;
  }
  return { start, list };
}

const cache = new WeakMap<object, { places: object; positions: Positions }>();

/**
 * The positions of `data` (cached while its initiatives and places are the same arrays). `known`, when the caller has
 * it (the initiative index's read works it out, see load.ts), spares looking ids up.
 */
export function positionsOf(data: Pick<AtlasData, 'places' | 'initiatives'>, known?: IndexPositions): Positions {
  const hit = cache.get(data.initiatives);
  if (hit?.places === data.places.features) return hit.positions;
  const places = data.places.features, its = data.initiatives;
  const placeNo = new Map(places.map((f, i) => [f.properties.id, i]));
  const itNo = known?.itNo ?? new Map(its.map((it, i) => [it.id, i]));
  const has = (id: string) => placeNo.has(id);
  const itPlaces = lists(known?.placeRows ?? its.map((it) => it.places.filter(has).map((id) => placeNo.get(id)!)));
  const positions: Positions = {
    placeNo, itNo,
    category: Uint8Array.from(its, (it) => CATEGORY_NO.get(it.category) ?? 0),
    itPlaces,
    placeIts: inverted(itPlaces, places.length),
  };
  cache.set(data.initiatives, { places: data.places.features, positions });
  return positions;
}

/** The positions 0 … n-1 for which `has` holds. */
export function positionsWhere(n: number, has: (i: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (has(i)) out.push(i);
  return out;
}
