/**
 * What the page does on its way to the first view: each first-view data file is fetched once (the preload link's
 * response is the one the app reads), and the map keeps its size while the search and list modules mount (a resize
 * would lay out and draw the map again); banner boundaries reach the map only once a view needs them.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIRST_VIEW_FILES } from '../../src/contract/index.ts';
import { openAtlas } from './browser.ts';
import { DIST } from './atlasData.ts';
import { servedWithBrowser } from './setup.ts';

const env = servedWithBrowser(DIST);

describe('start-up', () => {
  for (const page of ['', 'embed.html']) {
    it(`fetches each first-view data file once (${page || 'app'})`, async () => {
      const { page: p, requests, errors } = await openAtlas(env.browser, `${env.server.url}${page}`);
      await p.waitForLoadState('networkidle');
      // Started by the page's preload link (initiator "link"), not by the app's script once it ran ("fetch").
      const initiators = await p.evaluate(() => Object.fromEntries(performance.getEntriesByType('resource')
        .map((e) => [new URL(e.name).pathname, (e as PerformanceResourceTiming).initiatorType])));
      for (const f of Object.values(FIRST_VIEW_FILES)) {
        expect(requests.filter((r) => new URL(r).pathname === `/data/${f}`), f).toHaveLength(1);
        expect(initiators[`/data/${f}`], f).toBe('link');
      }
      // The places' mentions wait for a panel that shows them.
      expect(requests.filter((r) => r.includes('/data/place-mentions/'))).toEqual([]);
      expect(errors).toEqual([]);
      await p.close();
    });
  }

  it('shows the map canvas by ready, over a container painted in the map\'s own background colour', async () => {
    const { page, errors } = await openAtlas(env.browser, env.server.url);
    const seen = await page.evaluate(() => {
      const map = window.__nmgAtlasMap as { getCanvas(): HTMLCanvasElement; getContainer(): HTMLElement; getPaintProperty(l: string, p: string): string };
      return { canvas: getComputedStyle(map.getCanvas()).visibility, container: getComputedStyle(map.getContainer()).backgroundColor,
        background: map.getPaintProperty('background', 'background-color') };
    });
    expect(seen.canvas).toBe('visible');
    // #dfe9f0, the style's background, is rgb(223, 233, 240): before the first tile the reader sees the same colour.
    expect(seen.background).toBe('#dfe9f0');
    expect(seen.container).toBe('rgb(223, 233, 240)');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the map the same size from its first frame to ready, on a desktop and a phone', async () => {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      const page = await env.browser.newPage({ viewport });
      // Every size the map's box takes from the moment it is in the page.
      await page.addInitScript(() => {
        const w = window as unknown as { __mapSizes: string[] };
        w.__mapSizes = [];
        document.addEventListener('DOMContentLoaded', () => {
          const el = document.getElementById('map')!;
          new ResizeObserver(() => w.__mapSizes.push(`${el.clientWidth}×${el.clientHeight}`)).observe(el);
        });
      });
      await page.goto(env.server.url);
      await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 45_000 });
      const sizes = await page.evaluate(() => (window as unknown as { __mapSizes: string[] }).__mapSizes);
      expect(new Set(sizes).size, `${viewport.width}px: ${sizes.join(', ')}`).toBe(1);
      await page.close();
    }
  });
  it('paints the first view at most once before it is whole: when its first tiles are in, then whole', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    // Each frame the map ends (its 'render' event): whether it painted (any WebGL draw or clear) and whether the view was whole.
    await page.addInitScript(() => {
      const w = window as unknown as { __frames: { painted: boolean; whole: boolean }[] };
      w.__frames = [];
      let draws = 0;
      for (const C of [WebGLRenderingContext, WebGL2RenderingContext]) {
        for (const f of ['drawElements', 'drawArrays', 'clear'] as const) {
          const own = C.prototype[f] as (...a: unknown[]) => void;
          (C.prototype as unknown as Record<string, unknown>)[f] = function (this: unknown, ...a: unknown[]) { draws++; return own.apply(this, a); };
        }
      }
      let held: unknown;
      Object.defineProperty(window, '__nmgAtlasMap', { configurable: true, get: () => held, set(map: { on(e: string, f: () => void): void; loaded(): boolean }) {
        held = map;
        map.on('render', () => { w.__frames.push({ painted: draws > 0, whole: map.loaded() }); draws = 0; });
      } });
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(env.server.url);
    await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 45_000 });
    const frames = await page.evaluate(() => (window as unknown as { __frames: { painted: boolean; whole: boolean }[] }).__frames);
    const whole = frames.findIndex((f) => f.painted && f.whole);
    // MapLibre alone paints each batch of tiles as it arrives: two or more partial frames on this page.
    expect(whole, JSON.stringify(frames)).toBeGreaterThan(0);
    expect(frames.slice(0, whole).filter((f) => f.painted).length, JSON.stringify(frames)).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws the first visit\'s markers from the build\'s file, which are the markers the app works out for that view', async () => {
    const isFile = (r: string) => /^\/data\/first-markers-[0-9a-f]{16}\.geojson$/.test(new URL(r).pathname);
    const { page, requests, errors } = await openAtlas(env.browser, env.server.url);
    const files = requests.filter(isFile);
    expect(files).toHaveLength(1);
    type M = { getSource(s: string): { getData(): Promise<unknown> } };
    const drawn = () => page.evaluate(() => (window.__nmgAtlasMap as M).getSource('places').getData());
    const file = await page.evaluate((u) => fetch(u).then((r) => r.json()), files[0]);
    expect(await drawn()).toEqual(file);
    // A region and back: the app now works the first view's markers out itself and hands them over.
    await page.evaluate(async () => {
      const api = window.nmgAtlas as { setState(p: object): Promise<unknown> };
      await api.setState({ region: '150100000000' });
      await api.setState({ region: null });
    });
    expect(await drawn()).toEqual(file);
    // English labels are not the file's: that view's markers are worked out on the page.
    const en = await openAtlas(env.browser, `${env.server.url}?lang=en`);
    expect(en.requests.filter(isFile)).toEqual([]);
    expect(errors).toEqual([]);
    expect(en.errors).toEqual([]);
    await en.page.close();
    await page.close();
  });

  it('hands banner boundaries to the map only once zoomed in far enough to draw them', async () => {
    const { page, errors } = await openAtlas(env.browser, env.server.url);
    type M = { querySourceFeatures(s: string): unknown[]; queryRenderedFeatures(o: object): unknown[]; jumpTo(o: object): void; once(e: string, f: () => void): void };
    const first = await page.evaluate(() => (window.__nmgAtlasMap as M).querySourceFeatures('counties').length);
    // Hohhot and its banners, at a zoom where banner lines are drawn.
    const zoomed = await page.evaluate(() => new Promise<number>((resolve) => {
      const map = window.__nmgAtlasMap as M;
      map.once('idle', () => resolve(map.queryRenderedFeatures({ layers: ['county-line'] }).length));
      map.jumpTo({ center: [111.7, 40.8], zoom: 6.6 });
    }));
    expect(first).toBe(0);
    expect(zoomed).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leaves the legend as it is when the details files arrive in the background', async () => {
    const chunks = (JSON.parse(readFileSync(join(DIST, 'data', 'initiative-index.json'), 'utf8')) as { chunks: string[] }).chunks;
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    let release!: () => void;
    const held = new Promise<void>((r) => { release = r; });
    await page.route('**/data/initiative-details/*.json', async (r) => { await held; await r.continue(); });
    let arrived = 0;
    page.on('requestfinished', (r) => { if (r.url().includes('/initiative-details/')) arrived++; });
    await page.goto(env.server.url);
    await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 45_000 });
    // A mark on the legend's drawn content: drawing it again would replace it (and a keyboard user's place in it).
    const marked = () => page.evaluate(() => document.querySelector<HTMLElement>('#legend > *')?.dataset.before ?? null);
    await page.evaluate(() => { document.querySelector<HTMLElement>('#legend > *')!.dataset.before = '1'; });
    expect(await marked()).toBe('1');
    release();
    // Every details file is fetched once the page is idle (main.ts). A search waits for all of them to be read, which
    // is after the background load has told its listeners: no sleep stands in for "read by now".
    await expect.poll(() => arrived, { timeout: 20_000 }).toBe(chunks.length);
    await page.evaluate(() => window.nmgAtlas!.search('旗'));
    expect(await marked()).toBe('1');
    await page.close();
  });
});

