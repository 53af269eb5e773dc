/**
 * Builds the search index over gazetteer units, mapped places and initiatives (titles, summaries, figure labels,
 * category names). Imports the pinyin dictionary and the English names, so the app loads this module on demand.
 */
import { pinyin } from 'pinyin-pro';
import { CATEGORIES, levelDepth, placeId, type IndexedInitiative, type Initiative, type Level, type LiteUnit } from '../../contract/index.ts';
import { splitSuffix } from '../i18n/nameParts.ts';
import { englishPlaceName } from '../i18n/pinyinName.ts';
import type { AtlasData } from '../types.ts';
import { normalizeText } from './searchQuery.ts';
import type { SearchEntry, SearchIndex } from './searchTypes.ts';
import { toSimplified } from './simplify.ts';

export type SearchData = Pick<AtlasData, 'units' | 'places' | 'initiatives' | 'details'>;

/** Rank by level, leagues first: a league outranks a township of the same name even when only the township has a marker. */
/** Within a level, a place without initiatives (no marker) comes after one with them. */
const NO_INITIATIVES = 5;
/** Levels ten apart, broadest first, so NO_INITIATIVES moves an entry down within its level only. */
const levelRank = (level: Level): number => (levelDepth(level) - 1) * 10;
/** Initiative titles come after every place among equal matches. */
const INITIATIVE_RANK = 100;

const isHan = (ch: string) => /\p{Script=Han}/u.test(ch);

/** Pinyin and initials of a Chinese key; non-Chinese characters are kept as lower-case letters/digits. */
export function pinyinKeys(key: string): { full: string; initials: string } {
  const chars = Array.from(key);
  const syllables = pinyin(key, { toneType: 'none', type: 'array', v: true }) as string[];
  if (syllables.length !== chars.length) return { full: '', initials: '' };
  const parts = syllables.map((s, i) => (isHan(chars[i]) ? s : chars[i]).toLowerCase().replace(/[^a-z0-9]/g, ''));
  return { full: parts.join(''), initials: parts.map((p) => p.charAt(0)).join('') };
}

/** A name without its administrative suffix (兴安盟 → 兴安), so that typing the bare name is an exact match. */
function bare(name: string): string[] {
  const { core, admin } = splitSuffix(name);
  return admin && Array.from(core).length >= 2 ? [name, core] : [name];
}

/** Letters and digits only, lower case: how English names and typed Latin text are compared. */
export const latinKey = (text: string): string => normalizeText(text).replace(/[^a-z0-9]/g, '');

function keysOf(names: string[], englishOf: string): Pick<SearchEntry, 'zh' | 'pinyin' | 'initials' | 'en' | 'text'> {
  const zh = [...new Set(names.flatMap(bare).map((n) => toSimplified(normalizeText(n))).filter(Boolean))];
  const py = zh.map(pinyinKeys);
  return { zh, pinyin: py.map((p) => p.full), initials: py.map((p) => p.initials), en: [latinKey(englishPlaceName(englishOf))], text: [] };
}

const CATEGORY_NAMES = new Map<string, string[]>(CATEGORIES.map((c) => [c.id, [c.zh, c.en.toLowerCase()]]));

/** What an initiative is found by besides its title: its category's names in both languages and, once its details are in, summary and figure labels. */
function fullText(it: IndexedInitiative, full: Initiative | undefined): string[] {
  const parts = [full?.summary, ...(full?.figures ?? []).map((f) => f.label), ...(CATEGORY_NAMES.get(it.category) ?? [])];
  return [...new Set(parts.map((p) => toSimplified(normalizeText(p ?? ''))).filter(Boolean))];
}

/** Chain of unit names above `code`, league first. */
function ancestors(code: string | null, byCode: Map<string, LiteUnit>): LiteUnit[] {
  const out: LiteUnit[] = [];
  for (let u = code ? byCode.get(code) : undefined; u && out.length < 6; u = u.parentCode ? byCode.get(u.parentCode) : undefined) out.unshift(u);
  return out;
}

export function searchIndex(data: SearchData): SearchIndex {
  const byCode = new Map(data.units.map((u) => [u.code, u]));
  const placeById = new Map(data.places.features.map((f) => [f.properties.id, f.properties]));
  const placeByCode = new Map(data.places.features.filter((f) => f.properties.code).map((f) => [f.properties.code as string, f.properties]));
  const entries: SearchEntry[] = [];

  for (const u of data.units) {
    const place = placeByCode.get(u.code);
    const above = ancestors(u.parentCode, byCode);
    const region = u.level !== 'township';
    entries.push({
      type: region ? 'region' : 'place',
      id: region ? u.code : place?.id ?? placeId(u.code),
      name: u.name,
      level: u.level,
      context: above.map((a) => a.name),
      codes: [...above.map((a) => a.code), u.code],
      // A township with nothing mapped has no marker to fly to: show its banner instead.
      target: region ? { region: u.code } : place ? { place: place.id } : { region: u.parentCode ?? u.code },
      ...keysOf([u.name, u.shortName, ...u.forms, ...(place ? [place.shortName] : [])], u.name),
      rank: levelRank(u.level) + (region || (place && place.initiatives.length) ? 0 : NO_INITIATIVES),
    });
  }

  for (const f of data.places.features) {
    const p = f.properties;
    if (p.code && byCode.has(p.code)) continue; // already indexed as a unit
    const above = p.path.slice(0, -1);
    entries.push({
      type: 'place',
      id: p.id,
      name: p.name,
      level: p.level,
      context: above.map((s) => s.name),
      codes: p.path.map((s) => s.code).filter((c): c is string => c !== null),
      target: { place: p.id },
      ...keysOf([p.name, p.shortName], p.name),
      rank: levelRank(p.level) + (p.initiatives.length ? 0 : NO_INITIATIVES),
    });
  }

  for (const it of data.initiatives) {
    const main = it.places.length ? placeById.get(it.places[0]) : undefined;
    const title = toSimplified(normalizeText(it.title));
    entries.push({
      type: 'initiative',
      id: it.id,
      name: it.title,
      level: null,
      context: main ? main.path.map((s) => s.name) : [],
      codes: main ? main.path.map((s) => s.code).filter((c): c is string => c !== null) : [],
      target: { place: main?.id ?? it.places[0] ?? null },
      // Titles are matched by substring only; pinyin of whole headlines would match almost anything.
      zh: title ? [title] : [],
      pinyin: [],
      initials: [],
      en: [],
      text: fullText(it, data.details.get(it.id)),
      rank: INITIATIVE_RANK,
    });
  }
  return { entries, simplify: toSimplified, pinyinOf: (text) => pinyinKeys(text).full };
}
