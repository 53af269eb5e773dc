/**
 * Ranks index entries for a typed text: Chinese by name/form, Latin letters by pinyin or initials.
 * Light on purpose (no pinyin dictionary) so it can run on every keystroke.
 */
import type { SearchEntry, SearchIndex } from './searchTypes.ts';

/** Scores per kind of match; higher wins, ties go to `rank`, then the shorter name. */
export const MATCH_SCORES = {
  exact: 1000,
  prefix: 800,
  pinyinExact: 900,
  pinyinPrefix: 700,
  initialsExact: 650,
  initialsPrefix: 450,
  substring: 500,
  pinyinSubstring: 300,
} as const;

const HAN = /\p{Script=Han}/u;

/** Normalised query: NFKC (full-width letters), lower case, trimmed. */
export function normalizeText(text: string): string {
  return String(text).normalize('NFKC').trim().toLowerCase();
}

function best(keys: string[], q: string, exact: number, prefix: number, substring: number): number {
  let score = 0;
  for (const k of keys) {
    if (!k) continue;
    if (k === q) return exact;
    if (k.startsWith(q)) score = Math.max(score, prefix);
    else if (substring && k.includes(q)) score = Math.max(score, substring);
  }
  return score;
}

/** How well an entry answers the normalised query; 0 when it does not. */
export function scoreEntry(e: SearchEntry, q: string): number {
  const zh = best(e.zh, q, MATCH_SCORES.exact, MATCH_SCORES.prefix, MATCH_SCORES.substring);
  if (HAN.test(q)) return zh;
  // Pinyin may be typed with spaces or apostrophes (ke you qian qi, xing'an).
  const letters = q.replace(/[\s'’\-·]/g, '');
  if (!letters) return zh;
  return Math.max(
    zh,
    best(e.pinyin, letters, MATCH_SCORES.pinyinExact, MATCH_SCORES.pinyinPrefix, letters.length >= 3 ? MATCH_SCORES.pinyinSubstring : 0),
    best(e.initials, letters, MATCH_SCORES.initialsExact, letters.length >= 2 ? MATCH_SCORES.initialsPrefix : 0, 0),
  );
}

/** The best `limit` entries for `text`, best first; empty text finds nothing. */
export function query(index: SearchIndex, text: string, limit: number): SearchEntry[] {
  const normal = normalizeText(text);
  const q = index.simplify ? index.simplify(normal) : normal;
  if (!q || limit <= 0) return [];
  const hits: { e: SearchEntry; score: number }[] = [];
  for (const e of index.entries) {
    const score = scoreEntry(e, q);
    if (score > 0) hits.push({ e, score });
  }
  hits.sort((a, b) => b.score - a.score || a.e.rank - b.e.rank || a.e.name.length - b.e.name.length || a.e.id.localeCompare(b.e.id));
  return hits.slice(0, limit).map((h) => h.e);
}
