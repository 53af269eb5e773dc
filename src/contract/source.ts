/** Where an initiative was published: the article's archive metadata (issue 14), as given, never inferred from the text. */
import { isObj, isStr } from './check.ts';

export interface Source {
  /** The article's id in its archive (a CSV/JSONL `id`, the row number, or the .txt file's stem). */
  id: string;
  title: string | null;
  /** The newspaper or site that published it. */
  outlet: string | null;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precise as the archive gave it; null when it gave none. */
  date: string | null;
  page: string | null;
  /** The original, http(s) only. */
  url: string | null;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for a real calendar date in one of the three precisions (2024-02-30 is not one). */
export function isSourceDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** True for an absolute http: or https: URL, the only links the app opens. */
export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.host !== '';
  } catch {
    return false;
  }
}

/** Problems of one `source` object (empty when it is well formed). */
export function sourceProblems(s: unknown): string[] {
  if (!isObj(s)) return ['source must be an object'];
  const out: string[] = [];
  if (!isStr(s.id) || !s.id) out.push('source.id missing');
  for (const k of ['title', 'outlet', 'page'] as const) if (s[k] !== null && !isStr(s[k])) out.push(`source.${k} must be a string or null`);
  if (s.date !== null && !(isStr(s.date) && isSourceDate(s.date))) out.push(`source.date ${String(s.date)} is not YYYY-MM-DD, YYYY-MM, YYYY or null`);
  if (s.url !== null && !(isStr(s.url) && isHttpUrl(s.url))) out.push('source.url must be an http(s) URL or null');
  return out;
}
