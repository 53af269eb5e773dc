/**
 * The app's single source of truth for the shareable view; UI modules read and write it, the map and URL follow it.
 */
import type { AtlasState, Store } from './types.ts';

export type StoreListener = (s: AtlasState, prev: AtlasState) => void;

/** A store that also tells listeners whether a change should add a history entry. */
export interface AppStore extends Store {
  /** Like subscribe, with the options of the `set` call that caused the change. */
  subscribeWithOpts(fn: (s: AtlasState, prev: AtlasState, opts: { push?: boolean }) => void): () => void;
}

function sameState(a: AtlasState, b: AtlasState): boolean {
  return a.place === b.place && a.region === b.region && a.query === b.query && (a.from ?? null) === (b.from ?? null) && (a.to ?? null) === (b.to ?? null) && (a.undated ?? true) === (b.undated ?? true)
    && a.categories.length === b.categories.length && a.categories.every((c, i) => c === b.categories[i])
    && a.view.zoom === b.view.zoom && a.view.center[0] === b.view.center[0] && a.view.center[1] === b.view.center[1];
}

export function createStore(initial: AtlasState): AppStore {
  let state = initial;
  const listeners = new Set<(s: AtlasState, prev: AtlasState, opts: { push?: boolean }) => void>();
  return {
    get: () => state,
    set(partial, opts = {}) {
      const next = { ...state, ...partial };
      if (sameState(next, state)) return;
      const prev = state;
      state = next;
      for (const fn of [...listeners]) fn(state, prev, opts);
    },
    subscribe(fn) {
      const wrapped = (s: AtlasState, p: AtlasState) => fn(s, p);
      listeners.add(wrapped);
      return () => listeners.delete(wrapped);
    },
    subscribeWithOpts(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}
