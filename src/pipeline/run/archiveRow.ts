/**
 * archiveRow: one archive row's metadata (CSV, JSON Lines or a folder's articles.csv) as a contract Source, with a
 * problem for every field that had to be dropped; a date is normalised only when it is unambiguous, never guessed.
 */
import { isHttpUrl, isSourceDate, type RowProblem, type Source } from '../../contract/index.ts';

/** The metadata columns an archive may carry besides `id`/`file` and `text`. */
export const META_COLUMNS = ['title', 'date', 'outlet', 'page', 'url'] as const;

const pad = (n: string) => n.padStart(2, '0');

/**
 * Writes of a date that newspaper systems export: 2024-05-10, 2024/5/10, 2024.5.10, 2024年5月10日, 20240510, a
 * month or a year alone, with any time of day after it. Returns `YYYY[-MM[-DD]]`, or null when it is not a date.
 */
export function normaliseDate(raw: string): string | null {
  const s = raw.trim().replace(/[T\s].*$/, '');
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(s) ?? /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s);
  let out: string | null = null;
  if (m) out = `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
  else if ((m = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(s))) out = `${m[1]}-${pad(m[2])}`;
  else if ((m = /^(\d{4})年?$/.exec(s))) out = m[1];
  return out && isSourceDate(out) ? out : null;
}

/** A copy of `s` of its own: V8 cuts a substring as a view that keeps the parser's whole chunk alive for the run. */
const own = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

/** A cell as a trimmed string of its own, or null when it is empty or absent. */
export function cell(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  const s = (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '').trim();
  return s === '' ? null : own(s);
}

/** The Source of a row and the problems of its fields; `id` is already settled by the caller. */
export function rowSource(id: string, row: number, rec: Record<string, unknown>): { source: Source; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const rawDate = cell(rec.date);
  const date = rawDate === null ? null : normaliseDate(rawDate);
  if (rawDate !== null && date === null) problems.push({ row, id, field: 'date', message: `date "${rawDate.slice(0, 40)}" is not a date (YYYY-MM-DD, YYYY-MM or YYYY); kept as undated` });
  const rawUrl = cell(rec.url);
  const url = rawUrl !== null && isHttpUrl(rawUrl) ? rawUrl : null;
  if (rawUrl !== null && url === null) problems.push({ row, id, field: 'url', message: `url "${rawUrl.slice(0, 80)}" is not an http(s) address; dropped` });
  return { source: { id, title: cell(rec.title), outlet: cell(rec.outlet), date, page: cell(rec.page), url }, problems };
}

/** A file name for a row id that is safe on every file system and in a URL path segment (`<id>.txt`). */
export function fileNameOf(id: string): string {
  const safe = id.normalize('NFC').replace(/[^\p{L}\p{N}_.-]+/gu, '_').replace(/^[._]+/, '').slice(0, 100);
  return `${safe || 'row'}.txt`;
}
