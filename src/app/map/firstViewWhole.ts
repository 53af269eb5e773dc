/**
 * The first view paints twice while it loads: once when its first tiles are in, and once when it is whole. MapLibre
 * would paint again each time a batch of tiles arrives. The frames in between still take in tiles and place symbols,
 * but they skip painting. Until the first paint the canvas stays hidden, and the container shows the map background.
 *
 * Why: with software WebGL each painted frame costs 70–300 ms of main thread (the compositor reads the canvas back).
 * The in-between frames also held back the worker's glyph and image requests, and so the very tiles they waited for.
 * Painting only once, when the view is whole, was faster still, but that frame did all the first-time GL work at once
 * (330–550 ms). The first-tiles paint takes part of that work earlier, so no task is longer than before
 * (BENCHMARKS.md). A reader's own gesture, or FIRST_VIEW_PAINT_CAP_MS, opens the gate: the map then paints as it loads.
 *
 * This wraps MapLibre's internal `painter.render`. Where that is missing (another MapLibre), the map paints as it loads.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { MAP_BACKGROUND } from './style.ts';

/** Longest wait for a whole first view (a slow or failing source) before the map paints as it loads. */
const FIRST_VIEW_PAINT_CAP_MS = 3000;

interface Painter { render: (...args: unknown[]) => void }

/** `held` keeps the view from counting as whole while the app still puts in what the first view shows. */
export function paintFirstViewWhole(map: MlMap, held: () => boolean): void {
  const painter = (map as unknown as { painter?: Painter }).painter;
  const paint = painter?.render;
  if (!painter || typeof paint !== 'function') return;
  const canvas = map.getCanvas();
  map.getContainer().style.background = MAP_BACKGROUND;
  canvas.style.visibility = 'hidden';
  const show = () => canvas.style.removeProperty('visibility');
  // Set by the first tiles, cleared by the paint they get: the one paint before the view is whole.
  let firstTilesDue = false;
  const onTile = (e: { tile?: unknown }) => { if (e.tile) { firstTilesDue = true; map.off('sourcedata', onTile); } };
  const open = () => {
    painter.render = paint;
    show();
    clearTimeout(cap);
    map.off('sourcedata', onTile);
    map.off('movestart', onGesture);
  };
  const openAndPaint = () => { open(); map.triggerRepaint(); };
  // Only a reader's gesture carries an originalEvent; the app's own first camera moves keep the gate.
  const onGesture = (e: { originalEvent?: unknown }) => { if (e.originalEvent) openAndPaint(); };
  const cap = setTimeout(openAndPaint, FIRST_VIEW_PAINT_CAP_MS);
  map.on('sourcedata', onTile);
  map.on('movestart', onGesture);
  // A map removed before its first view is whole must not be asked for a frame.
  map.once('remove', () => clearTimeout(cap));
  painter.render = function (this: Painter, ...args: unknown[]) {
    // Called after the frame took in its tiles and placed its symbols, so loaded() tells whether this view is whole.
    if (!held() && map.loaded()) open();
    else if (firstTilesDue) { firstTilesDue = false; show(); }
    else return;
    paint.apply(this, args);
  };
}
