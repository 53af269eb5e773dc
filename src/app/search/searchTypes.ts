/** Types shared by the search index (heavy, pinyin) and the query (light). */
import type { Level } from '../../contract/index.ts';

export type SearchEntryType = 'region' | 'place' | 'initiative';

/** One thing the search can find, with the keys it is found by. */
export interface SearchEntry {
  type: SearchEntryType;
  /** Region code, place id or initiative id. */
  id: string;
  /** Chinese name (or the initiative's title) as displayed. */
  name: string;
  level: Level | null;
  /** Chinese names of the units above (league first), or of the initiative's main place chain. */
  context: string[];
  /** 12-digit codes of the units this entry lies in, itself included. */
  codes: string[];
  /** What choosing it selects: a region, or a place (null when the place is unknown). */
  target: { region: string } | { place: string | null };
  /** Lower-cased Chinese keys: name, short name, written forms. */
  zh: string[];
  /** Toneless pinyin of each Chinese key, letters only. */
  pinyin: string[];
  /** First letters of each Chinese key. */
  initials: string[];
  /** Lower-cased established English names (hohhot, horqin right front banner), for leagues and banners. */
  en: string[];
  /** Lower-cased full text found by substring only: an initiative's summary, figure labels and category names. */
  text: string[];
  /** Tie-breaker, lower first: leagues before banners before townships …, places with initiatives first. */
  rank: number;
}

export interface SearchIndex {
  entries: SearchEntry[];
  /** Maps typed text to the index's script (traditional → simplified); identity when absent. */
  simplify?: (text: string) => string;
  /** Toneless pinyin of Chinese text, letters only, so that a homophone typo (科右钱旗) finds 科右前旗; absent: no homophones. */
  pinyinOf?: (text: string) => string;
}

/** One result as the box shows it and `window.nmgAtlas.search` returns it; a region's or place's id carries its code. */
export interface SearchResult {
  kind: SearchEntryType;
  id: string;
  label: string;
}

/** Handle of a mounted UI module (search, list): `refresh` re-renders after a language switch, `destroy` unmounts. */
export interface MountedUi {
  refresh(): void;
  destroy(): void;
  /** Set while the module's first content waits (for font slices, say) before it goes in the page. */
  firstShown?: Promise<void>;
}
