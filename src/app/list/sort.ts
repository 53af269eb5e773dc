/** Sorting the list by a column; ties fall back to the initiative id so the order is stable. */
import { CATEGORY_IDS } from '../../contract.ts';
import type { ListRow } from './rows.ts';

export type SortKey = 'title' | 'category' | 'place' | 'figure';
export type SortDirection = 'ascending' | 'descending';
export const SORT_KEYS: readonly SortKey[] = ['title', 'category', 'place', 'figure'];

// Chinese text sorts by pinyin, as readers of a Chinese index expect.
const collator = new Intl.Collator('zh-Hans-CN-u-co-pinyin', { numeric: true, sensitivity: 'base' });
// Ids only break ties, so any fixed order serves, and code-unit order is many times faster than collation.
const byId = (a: ListRow, b: ListRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The direction a column starts in: largest figures first, everything else A→Z. */
export function defaultDirection(key: SortKey): SortDirection {
  return key === 'figure' ? 'descending' : 'ascending';
}

function compare(a: ListRow, b: ListRow, key: SortKey): number {
  switch (key) {
    case 'title':
      return collator.compare(a.title, b.title);
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
 * sortRows for subsets of one fixed set of rows, fast enough for tens of thousands: each key's order over all rows is
 * collated once, after which a subset sorts by plain numbers (pinyin collation costs microseconds per comparison).
 */
export function rowSorter(all: readonly ListRow[]): (ids: readonly string[], key: SortKey, direction: SortDirection) => ListRow[] {
  const rowsById = new Map(all.map((r) => [r.id, r]));
  const ranks = new Map<SortKey, Map<string, number>>();
  const rankOf = (key: SortKey) => {
    let m = ranks.get(key);
    if (m) return m;
    m = new Map();
    const sorted = [...all].sort((a, b) => compare(a, b, key));
    // Equal keys share a rank, so the id breaks their tie in either direction, as in sortRows.
    sorted.forEach((r, i) => m!.set(r.id, i > 0 && compare(sorted[i - 1], r, key) === 0 ? m!.get(sorted[i - 1].id)! : i));
    ranks.set(key, m);
    return m;
  };
  return (ids, key, direction) => {
    const sign = direction === 'ascending' ? 1 : -1;
    const rank = rankOf(key);
    const rows = ids.flatMap((id) => rowsById.get(id) ?? []);
    return rows.sort((a, b) => {
      const ma = isMissing(a, key), mb = isMissing(b, key);
      if (ma !== mb) return ma ? 1 : -1;
      return sign * (rank.get(a.id)! - rank.get(b.id)!) || byId(a, b);
    });
  };
}
