/**
 * What covers the map right now (legend, panel or bottom sheet, controls, embed link), as camera padding: each
 * overlay is cleared from the side that costs the least of the map, so fits and flies centre on what is visible.
 */
import type { Map as MlMap } from 'maplibre-gl';

export interface Box { left: number; top: number; right: number; bottom: number }
export interface Padding { top: number; right: number; bottom: number; left: number }

/** Elements that may lie over the map; hidden ones and ones beside the map are ignored. */
const OVERLAYS = ['.legend', '.panel', '.fullmap', '.share-dialog', '.maplibregl-ctrl-top-left .maplibregl-ctrl',
  '.maplibregl-ctrl-top-right .maplibregl-ctrl', '.maplibregl-ctrl-bottom-left .maplibregl-ctrl', '.maplibregl-ctrl-bottom-right .maplibregl-ctrl'];

/** Room kept around what is fitted, in CSS pixels. */
const MARGIN = 12;
/** Padding never takes more than this share of the map's width or height, so a fit stays possible. */
const MAX_SHARE = 0.7;

/** Padding that keeps every overlay box clear of the map box. */
export function paddingFor(map: Box, overlays: Box[], margin = MARGIN): Padding {
  const w = map.right - map.left;
  const h = map.bottom - map.top;
  const pad = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const o of overlays) {
    const l = Math.max(o.left, map.left), r = Math.min(o.right, map.right), t = Math.max(o.top, map.top), b = Math.min(o.bottom, map.bottom);
    if (r - l < 1 || b - t < 1) continue;
    // Each way to clear the overlay, as the share of the map it gives up.
    const options = [
      { side: 'left', px: r - map.left, share: (r - map.left) / w },
      { side: 'right', px: map.right - l, share: (map.right - l) / w },
      { side: 'top', px: b - map.top, share: (b - map.top) / h },
      { side: 'bottom', px: map.bottom - t, share: (map.bottom - t) / h },
    ] as const;
    const best = options.reduce((a, c) => (c.share < a.share ? c : a));
    pad[best.side] = Math.max(pad[best.side], best.px);
  }
  const out = { top: pad.top + Math.min(margin, h * 0.05), bottom: pad.bottom + Math.min(margin, h * 0.05),
    left: pad.left + Math.min(margin, w * 0.05), right: pad.right + Math.min(margin, w * 0.05) };
  // Shrink both sides of an axis together when overlays would leave too little map to fit anything into.
  for (const [a, b, size] of [['left', 'right', w], ['top', 'bottom', h]] as const) {
    const used = out[a] + out[b];
    if (used > size * MAX_SHARE) { const k = (size * MAX_SHARE) / used; out[a] *= k; out[b] *= k; }
  }
  return { top: Math.floor(out.top), right: Math.floor(out.right), bottom: Math.floor(out.bottom), left: Math.floor(out.left) };
}

/** Padding for the overlays on screen now. */
export function overlayPadding(map: MlMap): Padding {
  const box = map.getContainer().getBoundingClientRect();
  // Parts of the map scrolled or laid out beyond the window are hidden whatever covers them: they are padded in full,
  // and overlays are weighed against the part on screen only, so a map taller than a short window still fits.
  const W = document.documentElement.clientWidth, H = document.documentElement.clientHeight;
  const seen = { left: Math.max(box.left, 0), top: Math.max(box.top, 0), right: Math.min(box.right, W), bottom: Math.min(box.bottom, H) };
  const onScreen = seen.right - seen.left >= 1 && seen.bottom - seen.top >= 1 ? seen : box;
  const boxes: Box[] = [];
  for (const el of document.querySelectorAll<HTMLElement>(OVERLAYS.join(','))) {
    if (el.hidden || el.getClientRects().length === 0 || getComputedStyle(el).visibility === 'hidden') continue;
    boxes.push(el.getBoundingClientRect());
  }
  const p = paddingFor(onScreen, boxes);
  return { top: p.top + Math.floor(onScreen.top - box.top), right: p.right + Math.floor(box.right - onScreen.right),
    bottom: p.bottom + Math.floor(box.bottom - onScreen.bottom), left: p.left + Math.floor(onScreen.left - box.left) };
}
