/**
 * The first view shows all of Inner Mongolia on every screen: the corners of the region's bounds, projected by the
 * map, lie inside the part of the canvas that is on screen and under no overlay (legend, controls, attribution,
 * panel, link), on a 390×844 phone, in a 320×240 window and in a 320×240 embed.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bbox } from '@turf/turf';
import { openAtlas } from './browser.ts';
import { DIST, readDist } from './atlasData.ts';
import { servedWithBrowser } from './setup.ts';

const data = readDist();
const env = servedWithBrowser(DIST);
const [W, S, E, N] = bbox(data.leagues);

/** Everything drawn over the map that a reader cannot see through. */
const OVER_MAP = ['.legend', '.panel', '.maplibregl-ctrl', '#fullmap', '.share-dialog'];

interface Seen { corners: { x: number; y: number }[]; visible: { left: number; top: number; right: number; bottom: number }; covered: string[] }

/** The projected bounds' corners (page pixels), the on-screen canvas box, and the overlays the bounds' box touches. */
async function firstView(page: Page): Promise<Seen> {
  return page.evaluate(({ box, over }) => {
    const map = window.__nmgAtlasMap as { project(c: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement };
    const c = map.getCanvas().getBoundingClientRect();
    const corners = [[box[0], box[1]], [box[0], box[3]], [box[2], box[1]], [box[2], box[3]]].map((p) => {
      const q = map.project(p as [number, number]);
      return { x: c.left + q.x, y: c.top + q.y };
    });
    const xs = corners.map((p) => p.x), ys = corners.map((p) => p.y);
    const region = { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
    const visible = { left: Math.max(c.left, 0), top: Math.max(c.top, 0), right: Math.min(c.right, document.documentElement.clientWidth),
      bottom: Math.min(c.bottom, document.documentElement.clientHeight) };
    const covered: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(over.join(','))) {
      const r = el.getBoundingClientRect();
      if (el.hidden || r.width < 1 || r.height < 1 || getComputedStyle(el).visibility === 'hidden') continue;
      if (r.left < region.right && r.right > region.left && r.top < region.bottom && r.bottom > region.top) covered.push(el.className || el.id);
    }
    return { corners, visible, covered };
  }, { box: [W, S, E, N], over: OVER_MAP });
}

function expectWhollyShown(seen: Seen): void {
  for (const p of seen.corners) {
    expect(p.x, `corner x ${p.x} in ${JSON.stringify(seen.visible)}`).toBeGreaterThanOrEqual(seen.visible.left);
    expect(p.x).toBeLessThanOrEqual(seen.visible.right);
    expect(p.y, `corner y ${p.y} in ${JSON.stringify(seen.visible)}`).toBeGreaterThanOrEqual(seen.visible.top);
    expect(p.y).toBeLessThanOrEqual(seen.visible.bottom);
  }
  expect(seen.covered).toEqual([]);
}

describe('the first view', () => {
  for (const [name, viewport, touch] of [['390×844 phone', { width: 390, height: 844 }, true], ['320×240 window', { width: 320, height: 240 }, false]] as const) {
    it(`fits all of Inner Mongolia on the ${name}, clear of every overlay`, async () => {
      const { page, errors } = await openAtlas(env.browser, env.server.url, viewport, touch);
      expectWhollyShown(await firstView(page));
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('fits all of Inner Mongolia in a 320×240 embed, clear of every overlay', async () => {
    const { page, errors } = await openAtlas(env.browser, `${env.server.url}embed.html`, { width: 320, height: 240 });
    expectWhollyShown(await firstView(page));
    expect(errors).toEqual([]);
    await page.close();
  });
});
