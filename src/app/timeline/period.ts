/**
 * The time filter over source dates (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`): an initiative is in a period when its date,
 * taken as the span it names, overlaps it; undated initiatives are in unless the reader left them out.
 */
import type { IndexedInitiative } from '../../contract/index.ts';

/** First and last day a date names, as strings that sort like the days (00 and 99 stand for "any"). */
const first = (d: string) => (d + '-00-00').slice(0, 10);
const last = (d: string) => (d + '-99-99').slice(0, 10);

export function inPeriod(date: string | null, from: string | null | undefined, to: string | null | undefined, undated = true): boolean {
  if (!date) return undated;
  if (from && last(date) < first(from)) return false;
  if (to && first(date) > last(to)) return false;
  return true;
}

/** The index carries the source's date (see contract/initiativeIndex.ts). */
export const dateOf = (it: Pick<IndexedInitiative, 'date'>): string | null => it.date ?? null;

export interface Bucket {
  /** `YYYY` or `YYYY-MM`: what a bar sets `from`/`to` to. */
  key: string;
  count: number;
}

/** Years when the dates span more than this many months, else months. */
export const MONTHS_MAX = 36;

/** Bars from the first to the last dated initiative (empty ones included, so time reads evenly), and the undated count. */
export function buckets(dates: (string | null)[]): { bars: Bucket[]; undated: number; unit: 'year' | 'month' } {
  const dated = dates.filter((d): d is string => !!d).sort();
  const undated = dates.length - dated.length;
  if (!dated.length) return { bars: [], undated, unit: 'year' };
  const y0 = Number(dated[0].slice(0, 4));
  const y1 = Number(dated[dated.length - 1].slice(0, 4));
  // A year-only date cannot sit in a month bar.
  const unit = (y1 - y0 + 1) * 12 > MONTHS_MAX || dated.some((d) => d.length === 4) ? 'year' : 'month';
  const keys: string[] = [];
  if (unit === 'year') for (let y = y0; y <= y1; y++) keys.push(String(y));
  else {
    const m0 = Number(dated[0].slice(5, 7));
    const m1 = Number(dated[dated.length - 1].slice(5, 7));
    for (let k = y0 * 12 + m0 - 1; k <= y1 * 12 + m1 - 1; k++) keys.push(`${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`);
  }
  const counts = new Map(keys.map((k) => [k, 0]));
  for (const d of dated) {
    const k = d.slice(0, unit === 'year' ? 4 : 7);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return { bars: keys.map((key) => ({ key, count: counts.get(key)! })), undated, unit };
}
