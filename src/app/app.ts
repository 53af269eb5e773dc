/**
 * Wires the loaded data to the map, the panels, the legend, the search and list modules, the URL and the API.
 */
import { siteTitle } from './siteTitle.ts';
import type { Map as MlMap } from 'maplibre-gl';
import { anchoredKey, CATEGORY_IDS, type IndexedInitiative } from '../contract/index.ts';
import { filterText, placeIndex, visibleFor, type Visible } from './filter.ts';
import { createVisibility } from './visibility.ts';
import { loadPlaceNames, placeName, precisionReason, registerUnitForms, t } from './i18n/index.ts';
import { renderLegend } from './legend.ts';
import { nextIdle, whenZoomedTo } from './map/createMap.ts';
import { COUNTY_LINE_ZOOM, FIRST_LABEL_LAYERS, LATE_LABEL_LAYERS, LATE_LABEL_ZOOM } from './map/style.ts';
import { bindInteractions } from './map/interactions.ts';
import { currentView, fitAll, fitRegion, jumpToView, labelData, markerData, padStartView, revealPlace, sameView, showCounties, showLabels, showMarkers, showSelection } from './map/sync.ts';
import { showCategories } from './map/markerLayers.ts';
import { anchorOf, markerName } from './map/markers.ts';
import { provideDonuts } from './map/donut.ts';
import { CHOROPLETH_COUNTY_ZOOM, legendClasses, regionCounts, showChoropleth } from './map/choropleth.ts';
import { renderPanel } from './panel/panelHost.ts';
import { createApi } from './api.ts';
import type { AppStore } from './store.ts';
import type { AtlasData, AtlasState, UiContext } from './types.ts';
import type { Prefs } from './urlSync.ts';
import type { MapStart } from './startMap.ts';
import { mountUiModules } from './uiModules.ts';
import { loadLabelFont, localLabelFont } from './fonts.ts';
import { renderTimeline } from './timeline/timeline.ts';
import { yieldToPage } from './yieldToPage.ts';
import { positionsOf, positionsWhere } from './positions.ts';

export interface AppParts {
  root: { map: HTMLElement; panel: HTMLElement; legend: HTMLElement; search: HTMLElement | null; list: HTMLElement | null; lang: HTMLButtonElement | null; timeline?: HTMLElement | null };
  data: AtlasData;
  basemap: GeoJSON.FeatureCollection | null;
  /** The map, started from the frame while the data loaded (startMap.ts). */
  map: MapStart;
  store: AppStore;
  prefs: Prefs;
  /** False when the address named a place or region but no view: the map then goes to the selection. */
  viewGiven: boolean;
}

/** Names the first view labels (leagues, neighbours): their font slices load before the map draws. */
function firstLabelTexts(d: AtlasData, basemap: GeoJSON.FeatureCollection | null): string[] {
  return [...d.leagues.features.map((f) => f.properties.name), ...(basemap?.features ?? []).map((f) => String(f.properties?.name ?? ''))];
}

/** Names shown only when zoomed in (banners, places): loaded after the first view, their layers shown once ready. */
function laterLabelTexts(d: AtlasData): string[] {
  return [...d.counties.features.map((f) => f.properties.shortName || f.properties.name), ...d.places.features.map((f) => f.properties.shortName || f.properties.name)];
}

export async function startApp({ root, data, basemap, map: mapStart, store, prefs, viewGiven }: AppParts): Promise<MlMap> {
  const byId = placeIndex(data);
  // Visibility depends on region, categories, query and period (from, to, undated) only; a new place or view keeps the same result object.
  // A text query also reads summaries and figure labels, so its results change as details files arrive.
  const detailsKey = (query: string) => (filterText(query) ? data.details.version() : 0);
  const vis = createVisibility(data, byId, (s) => detailsKey(s.query));
  const timelineVis = createVisibility(data, byId, (s) => detailsKey(s.query));
  const visible = (): Visible => vis.visible(store.get());
  /** The visible set as a lookup, brought up to date with the store first. */
  const visibleIds = () => { visible(); return vis; };
  const byIt = new Map(data.initiatives.map((it) => [it.id, it]));
  const pick = (ids: string[]) => ids.map((id) => byIt.get(id)).filter((x): x is IndexedInitiative => x !== undefined);
  // Marker data depends on region and query only; categories are drawn by expressions (see markerLayers.ts).
  // The marker features follow the same key and the language of their labels.
  const markerKey = (s: AtlasState) => JSON.stringify([s.region, s.query, detailsKey(s.query)]);
  const markerSet = (() => {
    let m: { key: string; lang: string; features: GeoJSON.FeatureCollection } | null = null;
    return () => {
      const s = store.get();
      const key = markerKey(s);
      // With every category shown (the usual first view) the visible set is already that set.
      const every = s.categories.length === CATEGORY_IDS.length ? visible() : null;
      if (m?.key !== key || m.lang !== lang()) {
        // As positions in data.initiatives: the visible set's own flags, else the ids looked up.
        const { itNo } = positionsOf(data);
        const its = every ? Int32Array.from(positionsWhere(data.initiatives.length, vis.hasAt))
          : Int32Array.from(visibleFor(data, { ...s, categories: [...CATEGORY_IDS] }, byId).initiatives.map((id) => itNo.get(id) ?? -1).filter((n) => n >= 0));
        // markerData reads only ids, categories and places (see markers.ts), which index entries carry.
        m = { key, lang: lang(), features: markerData(data, its, s.region, byId, (p) => name(markerName(p))) };
      }
      return m;
    };
  })();
  // The choropleth compares every region, so it ignores the selected region: a region's number is what selecting it shows.
  let choropleth = false;
  const regionMemo = (() => {
    let m: { key: string; counts: Map<string, number> } | null = null;
    return () => {
      const s = store.get();
      const key = JSON.stringify([s.categories, s.query, detailsKey(s.query)]);
      if (m?.key !== key) m = { key, counts: regionCounts(data, pick(visibleFor(data, { ...s, region: null }, byId).initiatives), byId) };
      return m.counts;
    };
  })();
  const lang = () => prefs.get().lang;
  const name = (zh: string, en?: string) => (lang() === 'en' ? en ?? placeName(zh, 'en') : zh);
  registerUnitForms(data.units);
  if (lang() === 'en') await loadPlaceNames();
  // A downloaded font loads while the map starts, and labels appear once their slices are in (see style.ts); with the
  // reader's own font the map draws them from the start.
  const firstFonts = (await localLabelFont()) ? null : loadLabelFont(firstLabelTexts(data, basemap));
  const ctx: UiContext = { data, store, lang, visible, visibleAt: (n) => vis.hasAt(n) };
  // Search and list code downloads while the map starts (and never in the embed, which has no slots for them).
  const uiReady = mountUiModules(root.search, root.list, ctx);
  // The first view's visible set and marker data are worked out each in a task of their own (with 50,000 initiatives,
  // together with the first frame they made one long task). The map usually has its first markers already: the build's
  // file, which its worker fetched while the page read the data (startMap.ts); else they are worked out here.
  visible();
  await yieldToPage();
  let labelsDrawn = mapStart.labels;
  // Banner boundaries draw only when zoomed in or for a selection: the first view of all Inner Mongolia leaves them out
  // of the map (less for the worker to take in and tile before the first frame) and gets them once it needs them.
  const needsCounties = (s: AtlasState) => s.region !== null || s.place !== null;
  const start = store.get();
  let countiesIn = needsCounties(start) || (viewGiven && start.view.zoom >= COUNTY_LINE_ZOOM);
  const map = await mapStart.map;
  if (countiesIn) showCounties(map, data);
  // The map starts with every category shown (see buildStyle) and, from the file, the markers of the start state.
  let drawn: { key: string; lang: string; categories: readonly string[] } = { key: markerKey(start), lang: lang(), categories: CATEGORY_IDS };
  if (!mapStart.firstMarkers) {
    const first = markerSet();
    await yieldToPage();
    showMarkers(map, first.features);
  }
  const addCounties = () => {
    if (countiesIn) return;
    countiesIn = true;
    showCounties(map, data);
  };
  const countiesOnZoom = () => { if (map.getZoom() >= COUNTY_LINE_ZOOM) { map.off('zoom', countiesOnZoom); addCounties(); } };
  if (!countiesIn) map.on('zoom', countiesOnZoom);

  provideDonuts(map);
  const legend = (counts = vis.counts(store.get())) => {
    renderLegend(root.legend, store, counts, lang(), {
      unmapped: vis.unmapped(store.get()),
      // Region counts are worked out only while the choropleth is on.
      choropleth: { on: choropleth, classes: choropleth ? legendClasses(data, regionMemo(), map.getZoom()) : [],
        toggle: (on) => { choropleth = on; if (on) addCounties(); showChoropleth(map, data, on ? regionMemo() : null); legend(); } },
    });
  };
  let panelWaits = false;
  const render = (focusPanel: boolean) => {
    const s = store.get();
    if (filterText(s.query)) void data.details.loadAll();
    const v = visible();
    const counts = vis.counts(s);
    // Marker data goes to the worker only when region, search or language changed; a category toggle swaps expressions.
    const key = markerKey(s);
    if (drawn.key !== key || drawn.lang !== lang()) showMarkers(map, markerSet().features);
    // A first view of every category sets no new expressions: the style already has them.
    const styled = drawn.categories;
    if (styled !== s.categories && [...styled].sort().join() !== [...s.categories].sort().join()) showCategories(map, s.categories);
    drawn = { key, lang: lang(), categories: s.categories };
    if (choropleth) showChoropleth(map, data, regionMemo());
    showSelection(map, s);
    legend(counts);
    if (root.timeline) renderTimeline(root.timeline, { data, store, lang, shown: timelineVis });
    panelWaits = renderPanel(root.panel, { data, store, lang: lang(), placesById: byId, visibleInitiatives: visibleIds(), listBelow: root.list }, v.places, focusPanel);
  };
  const relabel = () => {
    if (labelsDrawn !== lang()) showLabels(map, labelData(data, basemap, name));
    labelsDrawn = lang();
    if (root.lang) {
      root.lang.textContent = t('lang.switch', lang());
      root.lang.lang = lang() === 'zh' ? 'en' : 'zh';
    }
    document.documentElement.lang = lang() === 'zh' ? 'zh-CN' : 'en';
    document.title = siteTitle(lang());
    const title = document.getElementById('app-title');
    if (title) title.textContent = siteTitle(lang());
  };

  /** A place's visible initiatives counted there (it is their anchor) and those that only mention it. */
  const placeCounts = (id: string): [number, number] => {
    const s = store.get();
    let n = 0, more = 0;
    for (const x of byId.get(id)?.initiatives ?? []) {
      const it = byIt.get(x);
      if (!it || !visibleIds().has(x)) continue;
      if (anchorOf(it, byId, s.region) === id) n++; else more++;
    }
    return [n, more];
  };
  const { api, emit } = createApi({ store, visible, settled: () => nextIdle(map), search: (q) => import('./search/searchResults.ts').then((m) => m.searchResults(data, q, lang())) });
  store.subscribe((s, prev) => {
    if (needsCounties(s)) addCounties();
    const selectionChanged = s.place !== prev.place || s.region !== prev.region;
    const viewChanged = !sameView(s.view, prev.view);
    // Panels render before the camera moves, so a fit pads for the panel or sheet the selection has just opened.
    if (selectionChanged || s.categories !== prev.categories || s.query !== prev.query || s.region !== prev.region || s.from !== prev.from || s.to !== prev.to || s.undated !== prev.undated) {
      // Focus follows a selection only when the user activated a control (keyboard or click), never on API or map changes.
      const fromControl = document.activeElement instanceof HTMLButtonElement || document.activeElement instanceof HTMLAnchorElement;
      render(selectionChanged && fromControl);
    }
    if (viewChanged) jumpToView(map, s.view);
    else if (s.place && s.place !== prev.place) revealPlace(map, data, s.place);
    else if (s.region && s.region !== prev.region) fitRegion(map, data, s.region, true);
    if (selectionChanged) emit('select', { place: s.place, region: s.region });
    emit('statechange', structuredClone(s));
  });
  // The choropleth's key follows the level drawn: leagues, or banners once zoomed in.
  let level = map.getZoom() >= CHOROPLETH_COUNTY_ZOOM;
  map.on('zoomend', () => {
    const next = map.getZoom() >= CHOROPLETH_COUNTY_ZOOM;
    if (next !== level && choropleth) legend();
    level = next;
  });
  map.on('moveend', () => {
    const v = currentView(map);
    if (!sameView(v, store.get().view)) store.set({ view: v });
  });
  prefs.subscribe(async () => {
    if (lang() === 'en') await loadPlaceNames();
    relabel();
    render(false);
    (await uiReady).refresh();
  });
  // Escape inside the panel closes it, as its close button would.
  root.panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') root.panel.querySelector<HTMLButtonElement>('.panel-close')?.click();
  });
  root.lang?.addEventListener('click', () => prefs.set({ lang: lang() === 'zh' ? 'en' : 'zh' }));
  bindInteractions(map, {
    store,
    clusterText: (props) => t('map.clusterCount', lang(), { n: store.get().categories.reduce((a, c) => a + Number(props[anchoredKey(c)] ?? 0), 0) }),
    hoverText: (id, approx, precision) => {
      const [n, more] = placeCounts(id);
      return [byId.has(id) ? name(byId.get(id)!.name) : id, n ? t('map.markerCount', lang(), { n }) : '', more ? t('map.mentioned', lang(), { n: more }) : '',
        approx ? precisionReason(precision, lang()) : ''].filter(Boolean).join(' · ');
    },
    regionText: (code) => {
      const f = data.leagues.features.find((x) => x.properties.code === code) ?? data.counties.features.find((x) => x.properties.code === code);
      return t('map.regionCount', lang(), { name: f ? name(f.properties.name) : code, n: regionMemo().get(code) ?? 0 });
    },
    chooserTitle: (n) => t('map.chooser', lang(), { n }),
    placeLabel: (id) => {
      const [n, more] = placeCounts(id);
      return `${byId.has(id) ? name(byId.get(id)!.name) : id} (${n || `+${more}`})`;
    },
  });

  // A file that fails in the map would leave it without markers: they are then worked out here (render sends them).
  mapStart.onFirstMarkersFailed(() => { drawn = { ...drawn, key: '' }; render(false); });
  // A panel waiting for details and a text query's results follow the details files as they arrive; nothing else reads
  // them, so the files the page loads in the background once idle leave what the reader is using as it is.
  data.details.subscribe(() => { if (panelWaits || filterText(store.get().query)) render(false); });
  // Panels, legend, page language and camera are set before the first view paints (startMap holds it until release).
  relabel();
  render(false);
  const s0 = store.get();
  if (!viewGiven && s0.place) revealPlace(map, data, s0.place, false);
  else if (!viewGiven && s0.region) fitRegion(map, data, s0.region, false);
  else if (!viewGiven) fitAll(map, data);
  else padStartView(map);
  mapStart.release();
  const show = (ids: string[]) => ids.forEach((id) => map.setLayoutProperty(id, 'visibility', 'visible'));
  if (firstFonts) {
    await firstFonts.then(() => show(FIRST_LABEL_LAYERS));
    whenZoomedTo(map, LATE_LABEL_ZOOM, () => loadLabelFont(laterLabelTexts(data)).then(() => show(LATE_LABEL_LAYERS)));
  }
  await uiReady;
  await nextIdle(map);
  window.nmgAtlas = api;
  document.body.dataset.state = 'ready';
  void mapStart.checkFirstMarkers(byId);
  emit('ready', structuredClone(store.get()));
  return map;
}
