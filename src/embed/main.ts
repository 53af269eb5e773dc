/**
 * Entry point of embed.html: the atlas with minimal chrome inside a host page's frame. Reads the embed options
 * from the URL, starts the app without search, list or address-bar sync, and talks to the host through the bridge.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import '../app/app.css';
import './embed.css';
import { startApp } from '../app/app.ts';
import { DEFAULTS } from '../app/defaults.ts';
import { showError } from '../app/errorView.ts';
import { DataError } from '../app/load.ts';
import { loadAndStartMap } from '../app/startMap.ts';
import { createStore } from '../app/store.ts';
import { createPrefs } from '../app/urlSync.ts';
import { connectBridge } from './bridge.ts';
import { applyChrome, preferredHeight, updateFullMapLink } from './chrome.ts';
import { readEmbedOptions, resolveTheme } from './options.ts';
import { compactAttribution } from './compactAttribution.ts';
import { trackDrawn } from './onScreen.ts';
import { MSG } from './protocol.ts';

const el = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
/** An open panel may ask for at most this much height, so a long source text cannot make the host page endless. */
const MAX_PANEL_HEIGHT = 720;

async function boot(): Promise<void> {
  const opts = readEmbedOptions(location.search, DEFAULTS);
  applyChrome(document.body, resolveTheme(opts.theme, matchMedia('(prefers-color-scheme: dark)').matches), opts.controls);
  const store = createStore(opts.state);
  const prefs = createPrefs(opts.prefs);
  const link = el<HTMLAnchorElement>('fullmap');
  const relink = () => updateFullMapLink(link, store.get(), prefs.get(), location.href);
  relink();
  try {
    const { data, frame, map } = await loadAndStartMap(el('map'), store.get(), prefs.get().lang);
    const panel = el('panel');
    // The legend starts collapsed unless the frame is roomy: in a small frame it would hide the map it explains.
    if (innerWidth < 900 || innerHeight < 600) el('legend').dataset.startOpen = 'false';
    await startApp({
      root: { map: el('map'), panel, legend: el('legend'), search: null, list: null, lang: null },
      data, basemap: frame.basemap, map, store, prefs, viewGiven: opts.viewGiven,
    });
    compactAttribution(el('map'));
    store.subscribe(relink);
    prefs.subscribe(relink);
    relink();
    const api = window.nmgAtlas!;
    const bridge = connectBridge({ api, origins: opts.origins, self: window, parent: window.parent, drawn: trackDrawn(document.documentElement) });
    let last = -1;
    const report = () => {
      const panelContent = panel.hidden ? 0 : Math.min(MAX_PANEL_HEIGHT, panel.scrollHeight);
      const height = preferredHeight(document.documentElement.clientWidth, panelContent);
      if (height !== last) bridge.post({ type: MSG.resize, height: (last = height) });
    };
    new ResizeObserver(report).observe(document.documentElement);
    new MutationObserver(report).observe(panel, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
    bridge.post({ type: MSG.ready, state: api.getState() });
    report();
  } catch (e) {
    console.error(e);
    const problems = e instanceof DataError ? e.problems : [e instanceof Error ? e.message : String(e)];
    showError(el('map'), opts.prefs.lang, problems);
  }
}

void boot();
