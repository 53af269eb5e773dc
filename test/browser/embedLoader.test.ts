/**
 * The host-side loader (embed.js) on another origin: the data-nmg-atlas script embed, the <nmg-atlas> element,
 * the controller (setState, select), the responsive snippet's height, and the demo page (screenshot).
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launch } from './browser.ts';
import { DIST, readDist, withInitiatives } from './atlasData.ts';
import { serveStatic, type StaticServer } from './server.ts';
import { DEFAULTS } from '../../src/app/defaults.ts';
import { responsiveSnippet } from '../../src/app/share/snippets.ts';
import { preferredHeight } from '../../src/embed/chrome.ts';

const data = readDist();
const XING_AN = '152200000000';
const XILINGOL = '152500000000';
let atlas: StaticServer;
let host: { url: string; server: Server };
let browser: Browser;
const pages: Record<string, (atlasUrl: string, hostUrl: string) => string> = {
  '/loader': (a) => `<!doctype html><meta charset="utf-8"><body style="margin:0;width:700px">
<div id="d" data-nmg-atlas data-region="${XING_AN}"></div>
<nmg-atlas id="e" categories="elderly-care" theme="dark"></nmg-atlas>
<script src="${a}embed.js"></script></body>`,
  // No host origin given: the frame resizes without `origins`.
  '/responsive': (a) => `<!doctype html><meta charset="utf-8"><body style="margin:0"><div style="width:450px">${
    responsiveSnippet({ state: DEFAULTS.state, prefs: DEFAULTS.prefs, pageUrl: a, title: 'atlas' })}</div></body>`,
};

const placesOf = (region: string | null, cats?: string[]) => withInitiatives(data)
  .filter((p) => !region || p.path.some((s) => s.code === region))
  .filter((p) => !cats || data.initiatives.some((i) => p.initiatives.includes(i.id) && cats.includes(i.category)))
  .map((p) => p.id).sort();

async function frameOf(page: Page, index: number): Promise<Frame> {
  await page.waitForFunction((n) => document.querySelectorAll('iframe').length > n, index);
  const handle = await page.locator('iframe').nth(index).elementHandle();
  const frame = (await handle!.contentFrame())!;
  await frame.waitForFunction(() => document.body?.dataset.state === 'ready', null, { timeout: 45_000 });
  return frame;
}

beforeAll(async () => {
  if (!existsSync(join(DIST, 'embed.js'))) throw new Error('dist/embed.js missing: run vite build -c vite.loader.config.ts');
  atlas = await serveStatic(DIST);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    res.writeHead(pages[path] ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(pages[path]?.(atlas.url, host.url) ?? '');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  host = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await atlas?.close();
  await new Promise((r) => host?.server.close(r));
});

describe('embed.js on a host page', () => {
  let page: Page;
  it('turns data-nmg-atlas and <nmg-atlas> into working embeds with their options', async () => {
    page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${host.url}loader`);
    const [div, el] = [await frameOf(page, 0), await frameOf(page, 1)];
    expect((await div.evaluate(() => window.nmgAtlas!.getVisiblePlaces())).sort()).toEqual(placesOf(XING_AN));
    expect(placesOf(null, ['elderly-care']).length).toBeGreaterThan(0);
    expect(placesOf(null, ['elderly-care']).length).toBeLessThan(placesOf(null).length);
    expect((await el.evaluate(() => window.nmgAtlas!.getVisiblePlaces())).sort()).toEqual(placesOf(null, ['elderly-care']));
    expect(await el.evaluate(() => document.body.dataset.theme)).toBe('dark');
    // The loader put the host's origin on the allow-list.
    expect(new URL(div.url()).searchParams.get('origins')).toBe(host.url.slice(0, -1));
    expect(await page.evaluate(() => typeof (window as unknown as { NmgAtlas: { mount: unknown } }).NmgAtlas.mount)).toBe('function');
    expect(errors).toEqual([]);
  });

  it('lets the host set a region through the controller and hear select events', async () => {
    const state = await page.evaluate(async (r) => {
      const w = window as unknown as { NmgAtlas: { get(el: Element): { setState(p: unknown): Promise<{ region: string }>; on(e: string, cb: (m: unknown) => void): void } } };
      const c = w.NmgAtlas.get(document.getElementById('d')!);
      (window as unknown as { selects: unknown[] }).selects = [];
      c.on('select', (m) => (window as unknown as { selects: unknown[] }).selects.push(m));
      return c.setState({ region: r });
    }, XILINGOL);
    expect(state.region).toBe(XILINGOL);
    const div = await frameOf(page, 0);
    const expected = placesOf(XILINGOL);
    expect(expected.length).toBeGreaterThan(0);
    expect((await div.evaluate(() => window.nmgAtlas!.getVisiblePlaces())).sort()).toEqual(expected);
    const selects = await page.evaluate(() => (window as unknown as { selects: { region: string }[] }).selects);
    expect(selects.at(-1)?.region).toBe(XILINGOL);
  });
});

describe('the responsive snippet', () => {
  it('sizes its frame from the embed’s reports, with no origins given: 3:2 for its width, taller when the panel needs it', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
    await page.goto(`${host.url}responsive`);
    const frame = await frameOf(page, 0);
    const height = () => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
    await page.waitForFunction((h) => Math.round(document.querySelector('iframe')!.getBoundingClientRect().height) === h, preferredHeight(450, 0));
    expect(await height()).toBe(300);
    const place = withInitiatives(data).sort((a, b) => b.initiatives.length - a.initiatives.length)[0];
    await frame.evaluate((id) => window.nmgAtlas!.setState({ place: id }), place.id);
    await page.waitForFunction(() => document.querySelector('iframe')!.getBoundingClientRect().height > 300);
    const panel = await frame.evaluate(() => document.getElementById('panel')!.scrollHeight);
    expect(await height()).toBe(preferredHeight(450, Math.min(720, panel)));
  });
});

describe('the demo page', () => {
  it('shows the four embeds side by side (screenshot)', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`${atlas.url}demo/index.html?atlas=${encodeURIComponent(atlas.url)}`);
    for (let i = 0; i < 4; i++) await frameOf(page, i);
    await page.screenshot({ path: join(import.meta.dirname, 'screenshots', 'embed-demo.png'), fullPage: true });
    expect(await page.locator('iframe').count()).toBe(4);
  });
});
