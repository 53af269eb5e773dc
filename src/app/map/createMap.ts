/**
 * Creates the MapLibre map with the in-code style, the worker served from our own build, and attribution
 * that is always expanded. Resolves as soon as the style is in, before the first frame, so that the caller sets
 * data, labels and camera once and the map draws (and fetches tiles for) the first view only once.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { ATTRIBUTION, buildStyle, LABEL_FONT, LOCAL_LABEL_FONT, type StyleInputs } from './style.ts';
import { localLabelFont } from '../fonts.ts';
import { skipRepeatedPlacementFrame } from './placementFrames.ts';
import { paintFirstViewWhole } from './firstViewWhole.ts';
import type { AtlasState } from '../types.ts';

maplibregl.setWorkerUrl(workerUrl);
// The worker script (the largest download after MapLibre itself) starts loading while the app's data does.
maplibregl.prewarm();

/**
 * Zoom range in which the atlas makes sense (all of Inner Mongolia down to a village). The lowest zoom and the bounds
 * leave room for a 320×240 window, whose map shows about 320×100 pixels beside its legend, to fit the whole region.
 */
export const MAP_LIMITS = { minZoom: 1, maxZoom: 13, maxBounds: [[55, 12], [165, 64]] as [[number, number], [number, number]] };

export async function createMap(container: HTMLElement, inputs: StyleInputs, view: AtlasState['view'], ariaLabel: string, held: () => boolean): Promise<maplibregl.Map> {
  // With the reader's own CJK font (asked at start-up, see fonts.ts) labels are laid out with everything else, once.
  const ownFont = await localLabelFont();
  const labels = ownFont ? 'visible' : 'none';
  const map = new maplibregl.Map({
    container,
    style: buildStyle(inputs, undefined, labels),
    center: view.center,
    zoom: view.zoom,
    minZoom: MAP_LIMITS.minZoom,
    maxZoom: MAP_LIMITS.maxZoom,
    maxBounds: MAP_LIMITS.maxBounds,
    attributionControl: false,
    // MapLibre draws CJK glyphs with this family itself: the reader's own font when there is one (the shipped one
    // would start downloading its slices on the first glyph drawn), else the shipped one, loaded before labels show.
    localIdeographFontFamily: `"${ownFont ? LOCAL_LABEL_FONT : LABEL_FONT}", sans-serif`,
    dragRotate: false,
    pitchWithRotate: false,
    // No fading: labels and markers appear placed in the frame that draws them (placementFrames.ts relies on it).
    fadeDuration: 0,
  });
  map.touchZoomRotate.disableRotation();
  // Written out from the start (not gathered from sources as they load), so the first fit already pads for it.
  map.addControl(new maplibregl.AttributionControl({ compact: false, customAttribution: ATTRIBUTION }), 'bottom-right');
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.getCanvas().setAttribute('aria-label', ariaLabel);
  paintFirstViewWhole(map, held);
  // Errors after construction (a failed source) are logged, not fatal: the rest of the map still works.
  map.on('error', (e) => console.error('map:', e.error?.message ?? e));
  return new Promise((resolve) => map.once('style.load', () => { skipRepeatedPlacementFrame(map); resolve(map); }));
}

/**
 * Resolves once the map has drawn everything asked of it: at once when nothing is pending, else at its next `idle`
 * (`loaded()` is false while a style, camera or source change awaits its frame). A forced frame would cost a repaint.
 */
export function nextIdle(map: maplibregl.Map): Promise<void> {
  if (map.loaded() && !map.isMoving()) return Promise.resolve();
  return new Promise((resolve) => map.once('idle', () => resolve()));
}

/** Runs `fn` once, the first time the map is at `zoom` or closer (at once if it already is). */
export function whenZoomedTo(map: maplibregl.Map, zoom: number, fn: () => void): void {
  if (map.getZoom() >= zoom) { fn(); return; }
  const check = () => { if (map.getZoom() >= zoom) { map.off('zoomend', check); fn(); } };
  map.on('zoomend', check);
}
