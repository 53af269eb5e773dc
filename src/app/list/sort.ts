/** Sorting the list by a column; ties fall back to the initiative id so the order is stable. */
import { CATEGORY_IDS } from '../../contract/index.ts';
import type { ListRow } from './rows.ts';

export type SortKey = 'title' | 'category' | 'place' | 'figure';
export type SortDirection = 'ascending' | 'descending';
export const SORT_KEYS: readonly SortKey[] = ['title', 'category', 'place', 'figure'];

// Chinese text sorts by pinyin, as readers of a Chinese index expect.
const collator = new Intl.Collator('zh-Hans-CN-u-co-pinyin', { numeric: true, sensitivity: 'base' });
export const compareTitles = (a: string, b: string): number => collator.compare(a, b);
// Ids only break ties, so any fixed order serves, and code-unit order is many times faster than collation.
const byId = (a: ListRow, b: ListRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The direction a column starts in: largest figures first, everything else A→Z. */
export function defaultDirection(key: SortKey): SortDirection {
  return key === 'figure' ? 'descending' : 'ascending';
}

function compare(a: ListRow, b: ListRow, key: SortKey): number {
  switch (key) {
    case 'title':
      // The build ranked every title with this same collation: a page need not collate tens of thousands again.
      return a.titleOrder !== undefined && b.titleOrder !== undefined ? a.titleOrder - b.titleOrder : collator.compare(a.title, b.title);
    case 'category':
      return CATEGORY_IDS.indexOf(a.category) - CATEGORY_IDS.indexOf(b.category);
    case 'place':
      return collator.compare(a.placeName, b.placeName);
    case 'figure':
      return (a.topFigure?.value ?? 0) - (b.topFigure?.value ?? 0);
  }
}

/** Rows without a place or a figure go last in either direction. */
const isMissing = (r: ListRow, key: SortKey) => (key === 'figure' ? r.topFigure === null : key === 'place' ? r.placeName === '' : false);

/** Orders two rows as the list does for `key` and `direction`; rows without a place or a figure go last in either direction. */
function rowOrder(key: SortKey, direction: SortDirection): (a: ListRow, b: ListRow) => number {
  const sign = direction === 'ascending' ? 1 : -1;
  return (a, b) => {
    const ma = isMissing(a, key), mb = isMissing(b, key);
    if (ma !== mb) return ma ? 1 : -1;
    return sign * compare(a, b, key) || byId(a, b);
  };
}

/** A sorted copy; rows without a place or a figure go last in either direction. */
export function sortRows(rows: readonly ListRow[], key: SortKey, direction: SortDirection): ListRow[] {
  return [...rows].sort(rowOrder(key, direction));
}

/**
 * Positions in `all` in title order from the build's ranks (rank, then id among equal titles), bucketed by rank
 * instead of compared: the same order sortRows gives, in linear time. Null when a row has no usable rank.
 */
function byTitleRank(all: readonly ListRow[], direction: SortDirection): Int32Array | null {
  const n = all.length;
  const count = new Int32Array(n + 1);
  for (const r of all) {
    if (r.titleOrder === undefined || !(r.titleOrder >= 0 && r.titleOrder < n)) return null;
    count[r.titleOrder + 1]++;
  }
  for (let k = 0; k < n; k++) count[k + 1] += count[k];
  const at = count.slice(0, n);
  const byRank = new Int32Array(n);
  for (let i = 0; i < n; i++) byRank[at[all[i].titleOrder!]++] = i;
  // Titles of equal rank (rare) are put in id order; ranks run backwards when descending, ids never do.
  const out = new Int32Array(n);
  let w = 0;
  for (let q = 0; q < n; q++) {
    const k = direction === 'ascending' ? q : n - 1 - q;
    const from = count[k], to = count[k + 1];
    if (to - from > 1) byRank.subarray(from, to).sort((a, b) => byId(all[a], all[b]));
    for (let j = from; j < to; j++) out[w++] = byRank[j];
  }
  return out;
}

/** Positions in `all` in the list's order for `key` and `direction`. */
function sortedPositions(all: readonly ListRow[], key: SortKey, direction: SortDirection): Int32Array {
  const ranked = key === 'title' ? byTitleRank(all, direction) : null;
  if (ranked) return ranked;
  const order = rowOrder(key, direction);
  return Int32Array.from(all.keys()).sort((a, b) => order(all[a], all[b]));
}

/**
 * sortRows for subsets of one fixed set of rows, fast enough for tens of thousands: sortRows orders rows totally (ids
 * break every tie), so a subset's order is the whole set's order filtered, and each whole order is sorted only once.
 */
export function rowSorter(all: readonly ListRow[]): (ids: readonly string[], key: SortKey, direction: SortDirection, shownAt?: (n: number) => boolean) => ListRow[] {
  const orders = new Map<string, Int32Array>();
  // `shownAt(n)`, when given, says whether `all[n]` is among `ids` (the app answers from typed arrays), sparing a set of every id.
  return (ids, key, direction, shownAt) => {
    const k = `${key} ${direction}`;
    let order = orders.get(k);
    if (!order) orders.set(k, (order = sortedPositions(all, key, direction)));
    const wanted = shownAt ? null : new Set(ids);
    const out: ListRow[] = [];
    for (const n of order) if (shownAt ? shownAt(n) : wanted!.has(all[n].id)) out.push(all[n]);
    return out;
  };
}
