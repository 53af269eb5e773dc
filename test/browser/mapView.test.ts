/**
 * What a person sees on the map, driven with real clicks and taps at 1280×800 and on a 390×844 phone: circle
 * numbers add up to the initiatives shown, a selected league is never under the legend, the panel or the sheet,
 * the choropleth shades regions and names their counts, places sharing a point can be told apart, popups go
 * away when the view moves, and each name is labelled once.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bbox, booleanPointInPolygon, pointToLineDistance, polygonToLine } from '@turf/turf';
import { openAtlas } from './browser.ts';
import { DIST, emptyPointIn, readDist } from './atlasData.ts';
import { circleTotal, renderedCircleNumbers, screenPoint, settle } from './mapProbe.ts';
import { servedWithBrowser } from './setup.ts';
import { choroplethClasses } from '../../src/app/map/choropleth.ts';

const data = readDist();
const env = servedWithBrowser(DIST);
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const mapped = (cats?: Set<string>) => data.initiatives.filter((i) => i.places.length && (!cats || cats.has(i.category))).length;
const regionFeature = (code: string) => data.leagues.features.find((f) => f.properties.code === code)!;

/** Grid points inside a league, farthest from its border first. */
function deepInside(code: string): [number, number][] {
  const f = regionFeature(code);
  const lines = polygonToLine(f as GeoJSON.Feature<GeoJSON.Polygon>);
  const border = 'features' in lines ? lines.features : [lines];
  const [w, s, e, n] = bbox(f);
  const pts: { p: [number, number]; d: number }[] = [];
  for (let i = 1; i < 16; i++) for (let j = 1; j < 16; j++) {
    const p: [number, number] = [w + ((e - w) * i) / 16, s + ((n - s) * j) / 16];
    if (booleanPointInPolygon(p, f)) pts.push({ p, d: Math.min(...border.map((l) => pointToLineDistance(p, l as GeoJSON.Feature<GeoJSON.LineString>))) });
  }
  return pts.sort((a, b) => b.d - a.d).map((x) => x.p);
}

/** Interior points of a region that are not on the map canvas (covered by an overlay or off screen). */
async function coveredPoints(page: Page, code: string): Promise<[number, number][]> {
  const f = regionFeature(code);
  const [w, s, e, n] = bbox(f);
  const inside: [number, number][] = [];
  for (let i = 1; i < 12; i++) for (let j = 1; j < 12; j++) {
    const pt: [number, number] = [w + ((e - w) * i) / 12, s + ((n - s) * j) / 12];
    if (booleanPointInPolygon(pt, f)) inside.push(pt);
  }
  expect(inside.length).toBeGreaterThan(10);
  const bad: [number, number][] = [];
  for (const pt of inside) {
    const { x, y } = await screenPoint(page, pt);
    const onCanvas = await page.evaluate(([px, py]) => document.elementFromPoint(px, py)?.classList.contains('maplibregl-canvas') === true, [x, y]);
    if (!onCanvas) bad.push(pt);
  }
  return bad;
}

/** The most common colour around a screen point, as the screenshot shows it (a label or line there does not count). */
async function pixel(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = await page.screenshot({ clip: { x: Math.round(x) - 6, y: Math.round(y) - 6, width: 13, height: 13 } });
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas').getContext('2d')!;
    c.drawImage(img, 0, 0);
    const d = c.getImageData(0, 0, img.width, img.height).data;
    const tally = new Map<string, number>();
    for (let i = 0; i < d.length; i += 4) { const k = `${d[i]},${d[i + 1]},${d[i + 2]}`; tally.set(k, (tally.get(k) ?? 0) + 1); }
    return [...tally.entries()].sort((a, b) => b[1] - a[1])[0][0].split(',').map(Number) as [number, number, number];
  }, png.toString('base64'));
}
const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));

describe('circle numbers', () => {
  for (const [label, viewport, touch] of [['desktop', DESKTOP, false], ['phone', PHONE, true]] as const) {
    it(`add up to the initiatives shown, also with one category (${label})`, async () => {
      const { page, errors } = await openAtlas(env.browser, env.server.url, viewport, touch);
      const press = (sel: string) => (touch ? page.locator(sel).tap() : page.locator(sel).click());
      expect(await circleTotal(page)).toBe(mapped());
      // Every circle is on screen in the first view: nothing is cut off at any size.
      const { clusters, markers } = await renderedCircleNumbers(page);
      expect(clusters.length + markers.length).toBeGreaterThan(1);
      if (touch) await press('#legend summary');
      await press('#legend button[data-action="none"]');
      await settle(page);
      expect(await circleTotal(page)).toBe(0);
      const elderly = 'elderly-care';
      await press(`#legend input[data-category="${elderly}"]`);
      await page.waitForFunction((c) => window.nmgAtlas!.getState().categories.join() === c, elderly);
      await settle(page);
      expect(mapped(new Set([elderly]))).toBeGreaterThan(0);
      expect(await circleTotal(page)).toBe(mapped(new Set([elderly])));
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('a selected league', () => {
  const cases = [['desktop', DESKTOP, false, '152900000000'], ['phone', PHONE, true, '152200000000']] as const;
  for (const [label, viewport, touch, code] of cases) {
    it(`is fitted where no overlay covers it (${label}, ${regionFeature(code).properties.name})`, async () => {
      const { page } = await openAtlas(env.browser, env.server.url, viewport, touch);
      const pt = await screenPoint(page, emptyPointIn(data, code));
      if (touch) await page.touchscreen.tap(pt.x, pt.y); else await page.mouse.click(pt.x, pt.y);
      await page.waitForFunction((c) => window.nmgAtlas!.getState().region === c, code);
      await settle(page);
      expect(await page.locator('#panel').isVisible()).toBe(true);
      expect(await coveredPoints(page, code)).toEqual([]);
      await page.close();
    });
  }
});

describe('the region choropleth', () => {
  it('shades leagues by their initiatives and names the number on hover', async () => {
    const { page } = await openAtlas(env.browser, env.server.url, DESKTOP);
    const perLeague = data.leagues.features.map((f) => ({
      code: f.properties.code, name: f.properties.name,
      n: data.initiatives.filter((i) => i.places.some((id) => data.places.features.find((p) => p.properties.id === id)?.properties.path.some((s) => s.code === f.properties.code))).length,
    })).sort((a, b) => b.n - a.n);
    // A league with initiatives and a spot deep inside it, away from its border and from every circle, to look at and hover.
    let top = perLeague[0];
    let pt = { x: 0, y: 0 };
    search: for (const l of perLeague.filter((x) => x.n > 0)) {
      for (const lonLat of deepInside(l.code).slice(0, 5)) {
        pt = await screenPoint(page, lonLat);
        const onCircle = await page.evaluate((c) => {
          const map = window.__nmgAtlasMap as { project(c: [number, number]): { x: number; y: number }; queryRenderedFeatures(b: [number, number][], o: object): unknown[] };
          const p = map.project(c);
          return map.queryRenderedFeatures([[p.x - 10, p.y - 10], [p.x + 10, p.y + 10]], { layers: ['clusters', 'markers', 'mentions', 'league-labels'] }).length > 0;
        }, lonLat);
        if (!onCircle) { top = l; break search; }
      }
    }
    const max = Math.max(...perLeague.map((l) => l.n));
    console.log(top, pt, emptyPointIn(data, top.code));
    const before = await pixel(page, pt.x, pt.y);
    await page.locator('#legend input[data-action="choropleth"]').click();
    await settle(page);
    const after = await pixel(page, pt.x, pt.y);
    expect(after).not.toEqual(before);
    const expected = hex(choroplethClasses(max).colour(top.n));
    for (let i = 0; i < 3; i++) expect(Math.abs(after[i] - expected[i])).toBeLessThan(6);
    expect(await page.locator('#legend .choro-classes li').count()).toBeGreaterThan(1);
    await page.mouse.move(pt.x, pt.y);
    await page.mouse.move(pt.x + 1, pt.y + 1);
    await expect.poll(() => page.locator('.hover-popup').textContent()).toBe(`${top.name} · ${top.n} 项举措`);
    // Clicking a shaded league still selects it.
    await page.mouse.click(pt.x, pt.y);
    await page.waitForFunction((c) => window.nmgAtlas!.getState().region === c, top.code);
    await page.close();
  });
});

describe('map details', () => {
  it('offers a chooser where several places share one point', async () => {
    const { page } = await openAtlas(env.browser, env.server.url, DESKTOP);
    const byPoint = new Map<string, number>();
    for (const f of data.places.features) if (f.properties.initiatives.length) byPoint.set(f.geometry.coordinates.join(), (byPoint.get(f.geometry.coordinates.join()) ?? 0) + 1);
    const [key, n] = [...byPoint.entries()].sort((a, b) => b[1] - a[1])[0];
    expect(n).toBeGreaterThan(2);
    const c = key.split(',').map(Number) as [number, number];
    await page.evaluate((center) => window.nmgAtlas!.setState({ view: { center, zoom: 11 } }), c);
    const pt = await screenPoint(page, c);
    await page.mouse.click(pt.x, pt.y);
    const buttons = page.locator('.place-chooser button[data-place]');
    await buttons.first().waitFor();
    expect(await buttons.count()).toBe(n);
    const id = await buttons.last().getAttribute('data-place');
    await buttons.last().click();
    await page.waitForFunction((p) => window.nmgAtlas!.getState().place === p, id);
    expect(await page.locator('#panel #panel-title').textContent()).toBe(data.places.features.find((f) => f.properties.id === id)!.properties.name);
    await page.close();
  });

  it('closes a cluster’s hover popup when clicking zooms in', async () => {
    const { page } = await openAtlas(env.browser, env.server.url, DESKTOP);
    const center = await page.evaluate(() => {
      const map = window.__nmgAtlasMap as { queryRenderedFeatures(o: object): { geometry: { coordinates: [number, number] } }[] };
      return map.queryRenderedFeatures({ layers: ['clusters'] })[0].geometry.coordinates;
    });
    const pt = await screenPoint(page, center);
    await page.mouse.move(pt.x, pt.y);
    await page.locator('.hover-popup').waitFor();
    expect(await page.locator('.hover-popup').textContent()).toMatch(/\d+ 项举措/);
    await page.mouse.click(pt.x, pt.y);
    await page.waitForFunction((z) => (window.__nmgAtlasMap as { getZoom(): number }).getZoom() > z, await page.evaluate(() => (window.__nmgAtlasMap as { getZoom(): number }).getZoom()));
    await settle(page);
    expect(await page.locator('.hover-popup').count()).toBe(0);
    await page.close();
  });

  it('labels each banner once, not again beside its own marker', async () => {
    const { page } = await openAtlas(env.browser, env.server.url, DESKTOP);
    for (const name of ['扎赉特旗', '鄂托克前旗']) {
      const f = data.counties.features.find((x) => x.properties.name === name)!;
      const place = data.places.features.find((p) => p.properties.code === f.properties.code)!;
      await page.evaluate((center) => window.nmgAtlas!.setState({ view: { center, zoom: 8.5 } }), place.geometry.coordinates);
      await page.waitForFunction(() => (window.__nmgAtlasMap as { getLayoutProperty(l: string, p: string): string }).getLayoutProperty('place-labels', 'visibility') === 'visible');
      await settle(page);
      const labels = await page.evaluate(() => {
        const map = window.__nmgAtlasMap as { queryRenderedFeatures(o: object): { layer: { id: string }; properties: Record<string, unknown> }[] };
        const seen = new Map<string, Set<string>>();
        for (const x of map.queryRenderedFeatures({ layers: ['county-labels', 'place-labels'] })) {
          const text = String(x.properties.label);
          if (!seen.has(text)) seen.set(text, new Set());
          seen.get(text)!.add(`${x.layer.id}:${String(x.properties.code ?? x.properties.id)}`);
        }
        return [...seen.entries()].map(([t, s]) => [t, s.size] as const);
      });
      const short = f.properties.shortName || f.properties.name;
      expect(labels.find(([t]) => t === short)?.[1]).toBe(1);
      expect(labels.filter(([, k]) => k > 1)).toEqual([]);
    }
    await page.close();
  });
});
