/**
 * Ranks index entries for a typed text: Chinese by name, form, title and full text; Latin letters by English name,
 * pinyin or initials; a homophone or one-character typo of a name when nothing matches it exactly.
 * Light on purpose (no pinyin dictionary: the index brings its own) so it can run on every keystroke.
 */
import { withinOneEdit } from '../../gazetteer/editDistance.ts';
import type { SearchEntry, SearchEntryType, SearchIndex } from './searchTypes.ts';

/** Scores per kind of match; higher wins, ties go to `rank`, then the shorter name. */
export const MATCH_SCORES = {
  exact: 1000,
  englishExact: 950,
  pinyinExact: 900,
  prefix: 800,
  englishPrefix: 750,
  pinyinPrefix: 700,
  initialsExact: 650,
  homophone: 600,
  substring: 500,
  englishSubstring: 480,
  initialsPrefix: 450,
  fullText: 400,
  pinyinSubstring: 300,
  /** One character off a name (科右钳旗, hohot); only tried when nothing else matched. */
  typo: 250,
} as const;

/** Full text and Latin substrings need this many characters, so one letter does not match every summary. */
const MIN_SUBSTRING = { han: 2, latin: 3 };
/** A typo is looked for only in names at least this long, as the gazetteer's fuzzy lookup does. */
const MIN_TYPO = { han: 3, latin: 4 };
/** Groups in the order of their best match; within a group, best first. */
const KINDS: readonly SearchEntryType[] = ['region', 'place', 'initiative'];

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

const contains = (keys: string[], q: string) => keys.some((k) => k.includes(q));

/** How well an entry answers the normalised query; 0 when it does not. `qPinyin` is the query's pinyin, if Chinese. */
export function scoreEntry(e: SearchEntry, q: string, qPinyin = ''): number {
  const han = HAN.test(q);
  const long = Array.from(q).length >= (han ? MIN_SUBSTRING.han : MIN_SUBSTRING.latin);
  const zh = best(e.zh, q, MATCH_SCORES.exact, MATCH_SCORES.prefix, MATCH_SCORES.substring);
  const text = long && contains(e.text, q) ? MATCH_SCORES.fullText : 0;
  if (han) {
    const homophone = qPinyin && e.pinyin.includes(qPinyin) ? MATCH_SCORES.homophone : 0;
    return Math.max(zh, text, homophone);
  }
  // Pinyin and English may be typed with spaces or apostrophes (ke you qian qi, xing'an, Horqin Right).
  const letters = q.replace(/[^a-z0-9]/g, '');
  if (!letters) return Math.max(zh, text);
  const latinLong = letters.length >= MIN_SUBSTRING.latin;
  return Math.max(
    zh,
    text,
    best(e.en, letters, MATCH_SCORES.englishExact, MATCH_SCORES.englishPrefix, latinLong ? MATCH_SCORES.englishSubstring : 0),
    best(e.pinyin, letters, MATCH_SCORES.pinyinExact, MATCH_SCORES.pinyinPrefix, latinLong ? MATCH_SCORES.pinyinSubstring : 0),
    best(e.initials, letters, MATCH_SCORES.initialsExact, letters.length >= 2 ? MATCH_SCORES.initialsPrefix : 0, 0),
  );
}

/** A name one character off the query (a typo), for places and regions only: titles are too long to be mistyped whole. */
function typoScore(e: SearchEntry, q: string): number {
  if (e.type === 'initiative') return 0;
  const han = HAN.test(q);
  const key = han ? q : q.replace(/[^a-z0-9]/g, '');
  if (Array.from(key).length < (han ? MIN_TYPO.han : MIN_TYPO.latin)) return 0;
  const keys = han ? e.zh : [...e.en, ...e.pinyin];
  return keys.some((k) => Array.from(k).length >= Array.from(key).length - 1 && withinOneEdit(k, key)) ? MATCH_SCORES.typo : 0;
}

type Hit = { e: SearchEntry; score: number };
const byScore = (a: Hit, b: Hit) => b.score - a.score || a.e.rank - b.e.rank || a.e.name.length - b.e.name.length || a.e.id.localeCompare(b.e.id);

/**
 * The best `limit` entries of each kind for `text`, grouped by kind (regions, places, initiatives), the group with the
 * best match first; empty text finds nothing.
 */
export function query(index: SearchIndex, text: string, limit: number): SearchEntry[] {
  const normal = normalizeText(text);
  const q = index.simplify ? index.simplify(normal) : normal;
  if (!q || limit <= 0) return [];
  const qPinyin = HAN.test(q) && index.pinyinOf ? index.pinyinOf(q) : '';
  const hits: Hit[] = [];
  for (const e of index.entries) {
    const score = scoreEntry(e, q, qPinyin);
    if (score > 0) hits.push({ e, score });
  }
  if (!hits.some((h) => h.e.type !== 'initiative')) {
    for (const e of index.entries) {
      const score = typoScore(e, q);
      if (score > 0) hits.push({ e, score });
    }
  }
  hits.sort(byScore);
  const groups = KINDS.map((kind) => hits.filter((h) => h.e.type === kind).slice(0, limit)).filter((g) => g.length > 0);
  groups.sort((a, b) => byScore(a[0], b[0]));
  return groups.flat().map((h) => h.e);
}
