/**
 * Shared types of the map app: the view state (what a URL and `window.nmgAtlas` carry) and the loaded data.
 */
import type { Details } from './details.ts';
import type { Mentions } from './mentions.ts';
import type { CategoryId, IndexedInitiative, PlaceCollection, Rollup, LiteUnit, RegionCollection } from '../contract/index.ts';

export type Lang = 'zh' | 'en';

/** The shareable view: everything here round-trips through the URL and `nmgAtlas.getState/setState`. */
export interface AtlasState {
  /** Selected place id (PlaceProperties.id), or null. */
  place: string | null;
  /** Selected league or banner, 12-digit code, or null. */
  region: string | null;
  /** Categories shown; all categories when the user has not narrowed them. */
  categories: CategoryId[];
  /** Search text. */
  query: string;
  view: { center: [number, number]; zoom: number };
  /** Time filter on the sources' dates (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), each end open when null or absent; undated initiatives always pass. */
  from?: string | null;
  to?: string | null;
  /** False when the reader has left out the undated initiatives (the timeline's own bar); shown otherwise. */
  undated?: boolean;
}

/** UI preferences that also live in the URL but are not part of the embedding API's state. */
export interface UiPrefs {
  lang: Lang;
}

/** Everything the app loads at start. */
export interface AtlasData {
  /** places.geojson as place-index.json carries it, each place's initiatives worked out from the index (load.ts), its mentions left empty (see `mentions`). */
  places: PlaceCollection;
  /** What the first view needs of each initiative (initiative-index.json). */
  initiatives: IndexedInitiative[];
  /** The rest of each initiative, fetched on demand. */
  details: Details;
  /** Each place's mentions, fetched on demand (the places above carry none). */
  mentions: Mentions;
  rollups: Record<string, Rollup>;
  leagues: RegionCollection;
  counties: RegionCollection;
  units: LiteUnit[];
}

/** Minimal observable store the UI modules share. */
export interface Store {
  get(): AtlasState;
  /** Merges a partial state and notifies subscribers; `push` adds a browser history entry. */
  set(partial: Partial<AtlasState>, opts?: { push?: boolean }): void;
  subscribe(fn: (s: AtlasState, prev: AtlasState) => void): () => void;
}

/** What the UI modules (search, list) receive when mounted. */
export interface UiContext {
  data: AtlasData;
  store: Store;
  lang: () => Lang;
  /** Ids currently shown after region, category and query filters. */
  visible: () => { places: string[]; initiatives: string[] };
  /** Whether `data.initiatives[n]` is among the ids `visible()` last gave; lets the list skip building a set of them. */
  visibleAt?: (n: number) => boolean;
}
