/**
 * Draws marker and cluster images on demand: a category donut (shares of the visible categories) for clusters and
 * places with several initiatives, a disc in the category colour for a place with one, and a hollow ring for an
 * approximate location. Images are made when MapLibre first asks for a name, so only the
 * compositions on screen are ever drawn, each once, and all circles render on the GPU in one symbol layer —
 * unlike one DOM marker per circle, this stays fast with thousands of points.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { CATEGORY_IDS } from '../../contract/index.ts';
import { categoryColour } from '../palette.ts';

export interface DonutSpec {
  kind: 'c' | 'e' | 'a';
  /** Radius in CSS pixels: each size is drawn at its own resolution so outlines stay crisp. */
  radius: number;
  /** Colour and weight of each category present, in contract order. */
  parts: { colour: string; weight: number }[];
}

export function parseDonutName(name: string): DonutSpec | null {
  const m = /^donut:([cea])(\d{1,3})\|([\d,]+)$/.exec(name);
  if (!m) return null;
  const weights = m[3].split(',').map(Number);
  if (weights.length !== CATEGORY_IDS.length) return null;
  const parts = CATEGORY_IDS.map((c, i) => ({ colour: categoryColour(c), weight: weights[i] })).filter((p) => p.weight > 0);
  return { kind: m[1] as DonutSpec['kind'], radius: Number(m[2]), parts };
}

/** Draws the image for `spec` at `ratio` device pixels per CSS pixel; returns its pixels. */
export function drawDonut(spec: DonutSpec, ratio: number): ImageData {
  const size = Math.ceil((spec.radius * 2 + 4) * ratio);
  // Read back at once: a canvas kept on the CPU spares a synchronous round trip to the GPU process per image.
  const ctx = new OffscreenCanvas(size, size).getContext('2d', { willReadFrequently: true })!;
  const c = size / 2;
  const r = spec.radius * ratio;
  const total = spec.parts.reduce((a, p) => a + p.weight, 0) || 1;
  const single = spec.parts.length === 1;
  const approx = spec.kind === 'a';
  // An approximate place is a ring with a see-through middle; a cluster or multi-category place a donut with a
  // white middle for its number; an exact place of one category a full disc.
  const inner = approx ? r * 0.62 : single && spec.kind === 'e' ? 0 : r * 0.55;
  let start = -Math.PI / 2;
  for (const p of spec.parts) {
    const end = start + (2 * Math.PI * p.weight) / total;
    ctx.beginPath();
    ctx.moveTo(c, c);
    ctx.arc(c, c, r, start, end);
    ctx.closePath();
    ctx.fillStyle = p.colour;
    ctx.fill();
    start = end;
  }
  if (inner > 0) {
    ctx.globalCompositeOperation = 'destination-out';
    ctx.beginPath();
    ctx.arc(c, c, inner, 0, 2 * Math.PI);
    ctx.fill();
    ctx.globalCompositeOperation = 'source-over';
    ctx.beginPath();
    ctx.arc(c, c, inner, 0, 2 * Math.PI);
    ctx.fillStyle = approx ? 'rgba(255,255,255,0.35)' : '#ffffff';
    ctx.fill();
  }
  // Outline: white around exact circles so neighbours stay apart; dashed dark around approximate rings; a dark
  // ring marks clusters as groups of places.
  ctx.beginPath();
  ctx.arc(c, c, r, 0, 2 * Math.PI);
  ctx.lineWidth = (spec.kind === 'c' ? 2 : 1.5) * ratio;
  if (approx) ctx.setLineDash([3 * ratio, 2 * ratio]);
  ctx.strokeStyle = spec.kind === 'c' ? '#3a3f47' : approx ? '#555555' : '#ffffff';
  ctx.stroke();
  return ctx.getImageData(0, 0, size, size);
}

/** Lets the map draw any donut image it is asked for. */
export function provideDonuts(map: MlMap): void {
  const ratio = Math.max(1, Math.min(3, window.devicePixelRatio || 1));
  // A resolver, not a `styleimagemissing` listener: MapLibre waits for a resolver before laying out the tile.
  map.setMissingStyleImageResolver((id) => {
    const spec = parseDonutName(id);
    if (spec && !map.hasImage(id)) map.addImage(id, drawDonut(spec, ratio), { pixelRatio: ratio });
  });
}
