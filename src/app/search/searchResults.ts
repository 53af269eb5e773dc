/**
 * The search as a function: one lazily built index per data set, shared by the search box and `window.nmgAtlas.search`,
 * so that both return the same ranked results.
 */
import { loadPlaceNames } from '../i18n/index.ts';
import type { AtlasData, Lang } from '../types.ts';
import { displayName } from './optionView.ts';
import { query } from './searchQuery.ts';
import type { SearchEntry, SearchIndex, SearchResult } from './searchTypes.ts';

/** Tunables of the search. */
export const SEARCH_DEFAULTS = {
  /** Results shown at most per kind (regions, places, initiatives). */
  limit: 6,
  /** Delay before the typed text is written to the store (and the URL). */
  debounceMs: 250,
};

type SearchData = Pick<AtlasData, 'units' | 'places' | 'initiatives' | 'details'>;
const indexes = new WeakMap<SearchData, { version: number; index: Promise<SearchIndex> }>();

/**
 * The index for `data`, built on first use and again once more details have arrived (summaries and figure labels are
 * found only then); it needs the pinyin dictionary, which lives in its own chunk.
 */
export function loadSearchIndex(data: SearchData): Promise<SearchIndex> {
  const version = data.details.version();
  let built = indexes.get(data);
  if (built?.version !== version) {
    built = { version, index: import('./searchIndex.ts').then((m) => m.searchIndex(data)) };
    indexes.set(data, built);
  }
  return built.index;
}

export function toResult(e: SearchEntry, lang: Lang): SearchResult {
  return { kind: e.type, id: e.id, label: displayName(e, lang) };
}

/** What the search box shows for `text`, in its order, with every details file in (a search is the reader's explicit ask). */
export async function searchResults(data: SearchData, text: string, lang: Lang, limit = SEARCH_DEFAULTS.limit): Promise<SearchResult[]> {
  await data.details.loadAll();
  const [index] = await Promise.all([loadSearchIndex(data), lang === 'en' ? loadPlaceNames() : null]);
  return query(index, text, limit).map((e) => toResult(e, lang));
}
