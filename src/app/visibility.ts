/**
 * The visible set for the app, kept cheap to change: what passes region, query and period (the base) is worked out
 * once per change of those, as per-category counts in typed arrays; a category change then only reads the arrays
 * instead of walking every initiative object. Results equal filter.ts's `visibleFor` and `categoryCounts`.
 */
import { CATEGORY_IDS, type CategoryId, type PlaceProperties } from '../contract/index.ts';
import { placeInRegion, regionAndQuery, type Visible } from './filter.ts';
import { CATEGORY_NO, positionsOf } from './positions.ts';
import type { AtlasData, AtlasState } from './types.ts';

const NC = CATEGORY_IDS.length;

interface Base {
  key: string;
  /** Per initiative (data order): its category number + 1 when in the base, else 0. */
  inBase: Uint8Array;
  /** Per category: base initiatives, and those with no place (not on the map). */
  counts: Uint32Array;
  unmapped: Uint32Array;
  /** Per place in the region (data order) × category: base initiatives of that category listing the place. */
  placeCats: Uint32Array;
}

export interface Visibility {
  visible(s: AtlasState): Visible;
  /** Whether an initiative is visible in the state last passed to `visible`. */
  has(id: string): boolean;
  /** The same for the initiative at position `i` of `data.initiatives`. */
  hasAt(i: number): boolean;
  /** Legend counts: region, query and period applied, categories not. */
  counts(s: AtlasState): Record<CategoryId, number>;
  /** Visible initiatives without a place. */
  unmapped(s: AtlasState): number;
}

/** `extraKey` names what else the base depends on (the details a text query has read). */
export function createVisibility(data: AtlasData, byId: Map<string, PlaceProperties>, extraKey: (s: AtlasState) => unknown = () => 0): Visibility {
  const { itNo, category, placeIts } = positionsOf(data);
  const places = data.places.features.map((f) => f.properties);
  let base: Base | null = null;
  let last: { key: string; v: Visible; on: Uint8Array; inBase: Uint8Array } | null = null;

  const baseFor = (s: AtlasState): Base => {
    const key = JSON.stringify([s.region, s.query, s.from, s.to, s.undated, extraKey(s)]);
    if (base?.key === key) return base;
    const inBase = new Uint8Array(data.initiatives.length);
    const counts = new Uint32Array(NC);
    const unmapped = new Uint32Array(NC);
    const passing = regionAndQuery(data, s, byId);
    // Without region, query or period every initiative passes, in data order: no id to look up.
    const every = passing === data.initiatives;
    for (let i = 0; i < passing.length; i++) {
      const n = every ? i : itNo.get(passing[i].id)!;
      const c = category[n];
      inBase[n] = c + 1;
      counts[c]++;
      if (!passing[i].places.length) unmapped[c]++;
    }
    const placeCats = new Uint32Array(places.length * NC);
    for (let k = 0; k < places.length; k++) {
      if (!placeInRegion(places[k], s.region)) continue;
      for (let j = placeIts.start[k]; j < placeIts.start[k + 1]; j++) {
        const c = inBase[placeIts.list[j]];
        if (c) placeCats[k * NC + c - 1]++;
      }
    }
    return (base = { key, inBase, counts, unmapped, placeCats });
  };

  const chosen = (s: AtlasState) => {
    const on = new Uint8Array(NC + 1);
    for (const c of s.categories) on[CATEGORY_NO.get(c)! + 1] = 1;
    return on;
  };

  return {
    visible(s) {
      const b = baseFor(s);
      const key = `${b.key}|${s.categories.join()}`;
      if (last?.key === key) return last.v;
      const on = chosen(s);
      const initiatives: string[] = [];
      for (let i = 0; i < b.inBase.length; i++) if (on[b.inBase[i]]) initiatives.push(data.initiatives[i].id);
      const shown: string[] = [];
      for (let k = 0; k < places.length; k++) {
        for (let c = 0; c < NC; c++) if (on[c + 1] && b.placeCats[k * NC + c]) { shown.push(places[k].id); break; }
      }
      last = { key, v: { places: shown, initiatives }, on, inBase: b.inBase };
      return last.v;
    },
    hasAt: (i) => !!last && last.on[last.inBase[i]] === 1,
    has(id) {
      const n = itNo.get(id);
      return !!last && n !== undefined && last.on[last.inBase[n]] === 1;
    },
    counts(s) {
      const b = baseFor(s);
      return Object.fromEntries(CATEGORY_IDS.map((c, i) => [c, b.counts[i]])) as Record<CategoryId, number>;
    },
    unmapped(s) {
      const b = baseFor(s);
      const on = chosen(s);
      return CATEGORY_IDS.reduce((n, _, i) => n + (on[i + 1] ? b.unmapped[i] : 0), 0);
    },
  };
}
