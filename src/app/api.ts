/**
 * `window.nmgAtlas`: the page's API for tests and host pages (the embed reuses it).
 * State in and out is the shareable AtlasState; `setState` resolves once the map has settled.
 */
import { CATEGORY_IDS, isCode, isSourceDate, type CategoryId } from '../contract/index.ts';
import type { SearchResult } from './search/searchTypes.ts';
import type { AtlasState, Store } from './types.ts';

export type AtlasEvent = 'ready' | 'select' | 'statechange';

export interface NmgAtlasApi {
  getState(): AtlasState;
  setState(partial: Partial<AtlasState>): Promise<AtlasState>;
  getVisiblePlaces(): string[];
  getVisibleInitiatives(): string[];
  on(event: AtlasEvent, cb: (payload: unknown) => void): () => void;
  /** The ranked results the search box shows for `query`, grouped by kind: `[{ kind, id, label }]`. */
  search(query: string): Promise<SearchResult[]>;
}

declare global {
  interface Window {
    nmgAtlas?: NmgAtlasApi;
    /** The MapLibre map, for browser tests and debugging only; not part of the embedding API. */
    __nmgAtlasMap?: unknown;
  }
}

/** Cleans an untrusted partial state (from a host page or console) down to known fields and values. */
export function sanitizePartial(p: unknown): Partial<AtlasState> {
  if (typeof p !== 'object' || p === null) return {};
  const src = p as Record<string, unknown>;
  const out: Partial<AtlasState> = {};
  if (src.place === null || typeof src.place === 'string') out.place = src.place;
  if (src.region === null || isCode(src.region)) out.region = src.region;
  if (Array.isArray(src.categories)) out.categories = CATEGORY_IDS.filter((c) => (src.categories as unknown[]).includes(c)) as CategoryId[];
  if (typeof src.query === 'string') out.query = src.query;
  if (typeof src.undated === 'boolean') out.undated = src.undated;
  for (const k of ['from', 'to'] as const) if (src[k] === null || (typeof src[k] === 'string' && isSourceDate(src[k]))) out[k] = src[k];
  const v = src.view as { center?: unknown; zoom?: unknown } | undefined;
  if (v && Array.isArray(v.center) && v.center.length === 2 && v.center.every((x) => Number.isFinite(x)) && Number.isFinite(v.zoom)) {
    out.view = { center: [Number(v.center[0]), Number(v.center[1])], zoom: Number(v.zoom) };
  }
  return out;
}

export interface ApiDeps {
  store: Store;
  visible: () => { places: string[]; initiatives: string[] };
  /** Resolves when the map is idle after the latest change. */
  settled: () => Promise<void>;
  search: (query: string) => Promise<SearchResult[]>;
}

export function createApi(d: ApiDeps): { api: NmgAtlasApi; emit: (e: AtlasEvent, payload: unknown) => void } {
  const handlers = new Map<AtlasEvent, Set<(p: unknown) => void>>();
  let ready: unknown = undefined;
  const emit = (e: AtlasEvent, payload: unknown) => {
    if (e === 'ready') ready = payload;
    for (const cb of handlers.get(e) ?? []) {
      try { cb(payload); } catch (err) { console.error(`nmgAtlas ${e} handler:`, err); }
    }
  };
  const api: NmgAtlasApi = {
    getState: () => structuredClone(d.store.get()),
    async setState(partial) {
      // No history entry: inside an embed, entries would hijack the host page's back button.
      d.store.set(sanitizePartial(partial));
      await d.settled();
      return structuredClone(d.store.get());
    },
    getVisiblePlaces: () => [...d.visible().places],
    getVisibleInitiatives: () => [...d.visible().initiatives],
    search: (query) => d.search(String(query ?? '')),
    on(event, cb) {
      if (!handlers.has(event)) handlers.set(event, new Set());
      handlers.get(event)!.add(cb);
      // A late `ready` subscriber is told at once, so hosts need not race the page.
      if (event === 'ready' && ready !== undefined) queueMicrotask(() => cb(ready));
      return () => handlers.get(event)?.delete(cb);
    },
  };
  return { api, emit };
}
