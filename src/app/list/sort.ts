/** Sorting the list by a column; ties fall back to the initiative id so the order is stable. */
import { CATEGORY_IDS } from '../../contract.ts';
import type { ListRow } from './rows.ts';

export type SortKey = 'title' | 'category' | 'place' | 'figure';
export type SortDirection = 'ascending' | 'descending';
export const SORT_KEYS: readonly SortKey[] = ['title', 'category', 'place', 'figure'];

// Chinese text sorts by pinyin, as readers of a Chinese index expect.
const collator = new Intl.Collator('zh-Hans-CN-u-co-pinyin', { numeric: true, sensitivity: 'base' });

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

/** A sorted copy; rows without a place or a figure go last in either direction. */
export function sortRows(rows: readonly ListRow[], key: SortKey, direction: SortDirection): ListRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const missing = (r: ListRow) => (key === 'figure' ? r.topFigure === null : key === 'place' ? r.placeName === '' : false);
  return [...rows].sort((a, b) => {
    const ma = missing(a), mb = missing(b);
    if (ma !== mb) return ma ? 1 : -1;
    return sign * compare(a, b, key) || collator.compare(a.id, b.id);
  });
}
