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
  /** Tie-breaker, lower first: leagues before banners before townships …, places with initiatives first. */
  rank: number;
}

export interface SearchIndex {
  entries: SearchEntry[];
  /** Maps typed text to the index's script (traditional → simplified); identity when absent. */
  simplify?: (text: string) => string;
}

/** Handle of a mounted UI module (search, list): `refresh` re-renders after a language switch, `destroy` unmounts. */
export interface MountedUi {
  refresh(): void;
  destroy(): void;
}
