/**
 * Entry point: reads the view from the URL, loads and validates the data, then starts the atlas;
 * any failure shows an error state instead of a blank map.
 */
import { siteTitle } from './siteTitle.ts';
import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';
import { startApp } from './app.ts';
import { DEFAULTS } from './defaults.ts';
import { showError } from './errorView.ts';
import { shareButton } from './share/shareDialog.ts';
import { shareText } from './share/shareStrings.ts';
import { DataError } from './load.ts';
import { loadAndStartMap } from './startMap.ts';
import { createStore } from './store.ts';
import { createPrefs, readUrl, syncUrl } from './urlSync.ts';

const el = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/**
 * Up to this many initiatives every details file is fetched once the page is idle after its first view, so panels
 * open at once: about 200 bytes gzipped each (the seed pages' 39 are 24 kB in 35 files); larger archives fetch on demand.
 */
const PREFETCH_DETAILS_MAX = 2_000;

async function boot(): Promise<void> {
  const initial = readUrl(DEFAULTS);
  const viewGiven = new URLSearchParams(location.search).has('view');
  const store = createStore(initial.state);
  const prefs = createPrefs(initial.prefs);
  document.title = siteTitle(initial.prefs.lang);
  el('app-title').textContent = siteTitle(initial.prefs.lang);
  try {
    const { data, frame, map } = await loadAndStartMap(el('map'), store.get(), prefs.get().lang);
    syncUrl(store, prefs, DEFAULTS);
    await startApp({
      root: { map: el('map'), panel: el('panel'), legend: el('legend'), search: el('search'), list: el('list'), lang: el<HTMLButtonElement>('lang'), timeline: el('timeline') },
      data, basemap: frame.basemap, map, store, prefs, viewGiven,
    });
    if (data.initiatives.length <= PREFETCH_DETAILS_MAX) {
      const later = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
      later(() => void data.details.loadAll());
    }
    const share = shareButton({ store, prefs: () => prefs.get() });
    el('lang').before(share);
    // The button is made once; its label follows the language switch.
    prefs.subscribe(() => { share.textContent = shareText('open', prefs.get().lang); });
  } catch (e) {
    console.error(e);
    const problems = e instanceof DataError ? e.problems : [e instanceof Error ? e.message : String(e)];
    showError(el('map'), initial.prefs.lang, problems);
  }
}

void boot();
