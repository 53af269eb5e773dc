/**
 * Keeps the address bar and the store in step: every change is written to the URL (a history entry when the
 * change asked for one), and back/forward restore the state from the URL.
 */
import type { AppStore } from './store.ts';
import type { AtlasState, UiPrefs } from './types.ts';
import { decodeState, encodeState } from './urlState.ts';

export interface Prefs {
  get(): UiPrefs;
  set(p: Partial<UiPrefs>): void;
  subscribe(fn: (p: UiPrefs) => void): () => void;
}

export function createPrefs(initial: UiPrefs): Prefs {
  let prefs = initial;
  const fns = new Set<(p: UiPrefs) => void>();
  return {
    get: () => prefs,
    set(p) { prefs = { ...prefs, ...p }; for (const fn of [...fns]) fn(prefs); },
    subscribe(fn) { fns.add(fn); return () => fns.delete(fn); },
  };
}

/** State and prefs from the current address, falling back to `defaults`. */
export function readUrl(defaults: { state: AtlasState; prefs: UiPrefs }): { state: AtlasState; prefs: UiPrefs } {
  return decodeState(location.search, defaults);
}

export function syncUrl(store: AppStore, prefs: Prefs, defaults: { state: AtlasState; prefs: UiPrefs }): void {
  const write = (push: boolean) => {
    const q = encodeState(store.get(), prefs.get());
    const url = `${location.pathname}?${q}${location.hash}`;
    if (`?${q}` === location.search) return;
    if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
  };
  store.subscribeWithOpts((_s, _p, opts) => write(Boolean(opts.push)));
  prefs.subscribe(() => write(false));
  write(false);
  window.addEventListener('popstate', () => {
    const next = readUrl(defaults);
    store.set(next.state);
    if (next.prefs.lang !== prefs.get().lang) prefs.set(next.prefs);
  });
}
