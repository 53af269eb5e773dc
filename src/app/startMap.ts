/**
 * Starts the map from the frame (basemap, league and banner boundaries, their names) while the atlas data still loads,
 * so that MapLibre's worker lays out the basemap, and fetches the first view's markers file, while the page reads and
 * checks the rest. startApp takes the map over; the first view paints once startApp has put in what it shows.
 */
import type { ErrorEvent, GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import { validateMarkers } from '../contract/index.ts';
import { t } from './i18n/index.ts';
import { createMap } from './map/createMap.ts';
import { showsFirstMarkers } from './map/firstMarkers.ts';
import { labelData, showMarkers } from './map/sync.ts';
import { loadAtlasData, loadFrame, type MapFrame } from './load.ts';
import type { AtlasData, AtlasState, Lang } from './types.ts';

export interface MapStart {
  map: Promise<MlMap>;
  /** Hands over the address of the first view's markers file (see load.ts); the map takes it when the start state draws those markers. */
  takeFirstMarkers(url: string): void;
  /** True when the map took the first-markers file and it has not failed: startApp then sends no markers of its own for that view. */
  readonly firstMarkers: boolean;
  /** Calls `fn` if the first-markers file fails to load or parse in the map (removed, broken): the app then sends its own. */
  onFirstMarkersFailed(fn: () => void): void;
  /**
   * Checks what the map read from the file against the contract, once the page is idle after its first view (the
   * check copies the markers back from the worker); a file that fails it is reported and fails as above.
   */
  checkFirstMarkers(placeIds: Pick<ReadonlySet<string>, 'has'>): Promise<void>;
  /** The language of the names the map was started with, or null when startApp is to add them. */
  readonly labels: Lang | null;
  /** Lets the first view paint as soon as it is whole (see firstViewWhole.ts). */
  release(): void;
  /** Removes the map, when the data failed to load and the error view takes its place. */
  remove(): Promise<void>;
}

export function startMap(container: HTMLElement, frame: MapFrame, state: AtlasState, lang: Lang): MapStart {
  let held = true;
  let firstMarkers = false;
  let failed = () => {};
  const fail = (why: string) => {
    if (!firstMarkers) return;
    console.error(`map: the first view's markers file: ${why}`);
    firstMarkers = false;
    failed();
  };
  // Names in Chinese are the data's own; English ones need the data's unit forms, so startApp adds those.
  const labels = lang === 'zh' ? lang : null;
  const map = createMap(container, { basemap: frame.basemap, leagues: frame.leagues,
    labels: labels ? labelData(frame, frame.basemap, (zh) => zh) : undefined }, state.view, t('map.label', lang), () => held)
    // Handed to tests before its first frame, so that they can follow how the first view is drawn.
    .then((m) => { window.__nmgAtlasMap = m; return m; });
  return {
    map,
    takeFirstMarkers(url) {
      if (!showsFirstMarkers(state, lang)) return;
      firstMarkers = true;
      void map.then((m) => {
        const onError = (e: ErrorEvent & { sourceId?: string }) => {
          if (e.sourceId !== 'places') return;
          m.off('error', onError);
          fail(e.error?.message ?? 'not loaded');
        };
        m.on('error', onError);
        showMarkers(m, url);
      });
    },
    get firstMarkers() { return firstMarkers; },
    onFirstMarkersFailed(fn) { failed = fn; },
    async checkFirstMarkers(placeIds) {
      await new Promise((r) => (window.requestIdleCallback ?? setTimeout)(r));
      const m = await map;
      if (!firstMarkers) return;
      const problems = validateMarkers(await (m.getSource('places') as GeoJSONSource).getData(), placeIds);
      if (problems.length) fail(problems.slice(0, 3).join('; '));
    },
    labels,
    release() { held = false; void map.then((m) => m.triggerRepaint()); },
    remove: () => map.then((m) => m.remove()),
  };
}

/**
 * Loads the frame and the data, starting the map from the frame as soon as it is in; when anything fails to load, the
 * map is removed (the error view takes its place) and the DataError is thrown on.
 */
export async function loadAndStartMap(container: HTMLElement, state: AtlasState, lang: Lang): Promise<{ data: AtlasData; frame: MapFrame; map: MapStart }> {
  const frame = loadFrame();
  const started = frame.then((f) => startMap(container, f, state, lang), () => null);
  try {
    const data = await loadAtlasData(frame, (url) => void started.then((m) => m?.takeFirstMarkers(url)));
    return { data, frame: await frame, map: (await started)! };
  } catch (e) {
    await (await started)?.remove().catch(() => {});
    throw e;
  }
}
