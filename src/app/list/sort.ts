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

/** A sorted copy; rows without a place or a figure go last in either direction. */
export function sortRows(rows: readonly ListRow[], key: SortKey, direction: SortDirection): ListRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const ma = isMissing(a, key), mb = isMissing(b, key);
    if (ma !== mb) return ma ? 1 : -1;
    return sign * compare(a, b, key) || byId(a, b);
  });
}

/**
 * sortRows for subsets of one fixed set of rows, fast enough for tens of thousands: sortRows orders rows totally (ids
 * break every tie), so a subset's order is the whole set's order filtered, and each whole order is sorted only once.
 */
export function rowSorter(all: readonly ListRow[]): (ids: readonly string[], key: SortKey, direction: SortDirection, shownAt?: (n: number) => boolean) => ListRow[] {
  const orders = new Map<string, { row: ListRow; n: number }[]>();
  const position = new Map(all.map((r, n) => [r, n]));
  // `shownAt(n)`, when given, says whether `all[n]` is among `ids` (the app answers from typed arrays), sparing a set of every id.
  return (ids, key, direction, shownAt) => {
    const k = `${key} ${direction}`;
    let order = orders.get(k);
    if (!order) orders.set(k, (order = sortRows(all, key, direction).map((row) => ({ row, n: position.get(row)! }))));
    if (shownAt) return order.filter((x) => shownAt(x.n)).map((x) => x.row);
    const wanted = new Set(ids);
    return order.filter((x) => wanted.has(x.row.id)).map((x) => x.row);
  };
}
