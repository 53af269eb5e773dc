/**
 * The embeds as README documents them, on a host served from another origin: every README example shows at least
 * one place, `NmgAtlas.get` works right after the script tag, `setState` answers from a frame scrolled out of view
 * and rejects after its timeout when nothing answers, the responsive iframe resizes without `origins`, and small
 * frames (320×240, 640×427) keep attribution compact and the selection, zoom buttons and link clear of the panel.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launch } from './browser.ts';
import { DIST } from './atlasData.ts';
import { renderedPlaceCount } from './mapProbe.ts';
import { serveStatic, type StaticServer } from './server.ts';
import { embedSection } from '../../src/embed/readmeExamples.ts';
import { SET_STATE_TIMEOUT_MS } from '../../src/loader/mount.ts';

const XING_AN = '152200000000';
const XILINGOL = '152500000000';
const README = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
/** The README's code blocks in its embed section, in order. */
const blocks = [...embedSection(README).matchAll(/```(html|js)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], code: m[2] }));
let atlas: StaticServer;
let host: { url: string; server: Server };
let silent: { url: string; server: Server };
let browser: Browser;

/** Host pages by path; `a` is the atlas folder's address. */
const pages: Record<string, (a: string) => string> = {
  ...Object.fromEntries(blocks.map((b, i) => [`/readme${i}`, (a: string) => {
    const code = b.code.replaceAll('https://atlas.example/', a);
    if (b.lang === 'html') return `<!doctype html><meta charset="utf-8"><body style="margin:0;width:640px">${code}</body>`;
    // The JavaScript example runs as written against a #map element, except that it keeps its embed.
    const js = code.split('\n').filter((l) => !l.includes('destroy()')).join('\n');
    return `<!doctype html><meta charset="utf-8"><body style="margin:0;width:640px"><div id="map"></div><script src="${a}embed.js"></script>
<script type="module">${js}\nwindow.settled = NmgAtlas ? true : false;</script></body>`;
  }])),
  '/get': (a) => `<!doctype html><meta charset="utf-8"><body style="margin:0;width:640px">
<div id="d" data-nmg-atlas data-region="${XING_AN}"></div><script src="${a}embed.js"></script>
<script>window.early = NmgAtlas.get(document.getElementById('d'));
window.answer = window.early.setState({ region: '${XILINGOL}' }).then(function (s) { return { region: s.region }; }, function (e) { return { error: String(e) }; });</script></body>`,
  '/fold': (a) => `<!doctype html><meta charset="utf-8"><body style="margin:0;width:640px">
<div id="d" data-nmg-atlas data-region="${XING_AN}"></div><div style="height:4000px"></div><script src="${a}embed.js"></script>
<script>NmgAtlas.get(document.getElementById('d')).on('ready', function () { window.ready = true; });</script></body>`,
  '/silent': () => `<!doctype html><meta charset="utf-8"><body style="margin:0;width:640px"><div id="d"></div>
<script src="${atlas.url}embed.js"></script><script>var c = NmgAtlas.mount(document.getElementById('d'), { base: '${silent.url}' });
c.on('ready', function () { c.setState({ region: '${XING_AN}' }).then(function () { window.outcome = 'resolved'; }, function (e) { window.outcome = String(e); }); });</script></body>`,
};

async function serve(handler: (path: string) => string | undefined): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const body = handler(new URL(req.url ?? '/', 'http://x').pathname);
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? '');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

async function frameOf(page: Page, index: number): Promise<Frame> {
  await page.waitForFunction((n) => document.querySelectorAll('iframe').length > n, index);
  const frame = (await (await page.locator('iframe').nth(index).elementHandle())!.contentFrame())!;
  await frame.waitForFunction(() => document.body?.dataset.state === 'ready', null, { timeout: 45_000 });
  return frame;
}

beforeAll(async () => {
  atlas = await serveStatic(DIST);
  host = await serve((p) => pages[p]?.(atlas.url));
  // An "embed" that says it is ready and then never answers.
  silent = await serve((p) => (p.endsWith('embed.html') ? `<!doctype html><script>parent.postMessage({ type: 'nmg-atlas:ready', state: {} }, '*');</script>` : undefined));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await atlas?.close();
  for (const s of [host, silent]) await new Promise((r) => s?.server.close(r));
});

describe('the README’s embed examples on another origin', () => {
  it('are the five code blocks of the section', () => {
    expect(blocks.map((b) => b.lang)).toEqual(['html', 'html', 'html', 'js', 'html']);
  });

  for (let i = 0; i < 5; i++) {
    it(`example ${i + 1} shows at least one place`, async () => {
      const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${host.url}readme${i}`);
      if (blocks[i].lang === 'js') await page.waitForFunction(() => (window as unknown as { settled?: boolean }).settled === true, null, { timeout: 45_000 });
      const frame = await frameOf(page, 0);
      if (blocks[i].lang === 'js') expect(await frame.evaluate(() => window.nmgAtlas!.getState().region)).toBe(XILINGOL);
      expect((await frame.evaluate(() => window.nmgAtlas!.getVisiblePlaces())).length).toBeGreaterThan(0);
      const drawn = await renderedPlaceCount(frame as unknown as Page);
      expect(drawn.markers + drawn.clustered).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('the share dialog’s snippets', () => {
  it('are the four ways to embed, and each, pasted into a page on another origin, shows the view’s places', async () => {
    const app = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await app.goto(`${atlas.url}?region=${XING_AN}&categories=party-building`);
    await app.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 45_000 });
    await app.getByRole('button', { name: '分享 / 嵌入' }).click();
    const kinds = ['iframe', 'responsive', 'script', 'element'];
    const snippets = await Promise.all(kinds.map((k) => app.locator(`textarea[data-share="${k}"]`).inputValue()));
    const expected = await app.evaluate(() => window.nmgAtlas!.getVisiblePlaces().sort());
    expect(expected.length).toBeGreaterThan(0);
    for (const [i, snippet] of snippets.entries()) {
      pages[`/pasted${i}`] = () => `<!doctype html><meta charset="utf-8"><body style="margin:0;width:640px">${snippet}</body>`;
      const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
      await page.goto(`${host.url}pasted${i}`);
      const frame = await frameOf(page, 0);
      expect((await frame.evaluate(() => window.nmgAtlas!.getVisiblePlaces())).sort(), kinds[i]).toEqual(expected);
      await page.close();
    }
    await app.close();
  });
});

describe('the loader', () => {
  it('gives NmgAtlas.get(element) right after the script tag, and that controller works', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    await page.goto(`${host.url}get`);
    expect(await page.evaluate(() => (window as unknown as { early: unknown }).early !== null)).toBe(true);
    const answer = await page.evaluate(() => (window as unknown as { answer: Promise<unknown> }).answer);
    expect(answer).toEqual({ region: XILINGOL });
    // Later calls return the same controller, and the element holds one frame.
    expect(await page.evaluate(() => {
      const w = window as unknown as { early: unknown; NmgAtlas: { get(e: Element): unknown } };
      return w.NmgAtlas.get(document.getElementById('d')!) === w.early;
    })).toBe(true);
    expect(await page.locator('#d iframe').count()).toBe(1);
    await page.close();
  });

  it('answers setState from a frame scrolled out of view', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    await page.goto(`${host.url}fold`);
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true, null, { timeout: 45_000 });
    // The wheel beside the 640-px column scrolls the host page, not the map.
    await page.mouse.move(750, 300);
    await page.mouse.wheel(0, 3000);
    await page.waitForFunction(() => scrollY > 2000);
    const state = await page.evaluate((r) => (window as unknown as { NmgAtlas: { get(e: Element): { setState(p: unknown): Promise<{ region: string }> } } })
      .NmgAtlas.get(document.getElementById('d')!).setState({ region: r }), XILINGOL);
    expect(state.region).toBe(XILINGOL);
    await page.close();
  });

  it(`rejects setState when the embed does not answer within ${SET_STATE_TIMEOUT_MS / 1000} s`, async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    await page.goto(`${host.url}silent`);
    await page.waitForFunction(() => (window as unknown as { outcome?: string }).outcome !== undefined, null, { timeout: SET_STATE_TIMEOUT_MS + 20_000 });
    expect(await page.evaluate(() => (window as unknown as { outcome: string }).outcome)).toBe(`Error: nmg-atlas: no answer to setState within ${SET_STATE_TIMEOUT_MS / 1000} s`);
    await page.close();
  }, SET_STATE_TIMEOUT_MS + 40_000);
});

describe('small frames on another origin', () => {
  /** A host page with one raw iframe of the given size. */
  async function framed(w: number, h: number, query: string): Promise<{ page: Page; frame: Frame }> {
    pages[`/frame${w}`] = (a) => `<!doctype html><meta charset="utf-8"><body style="margin:0"><iframe src="${a}embed.html?${query}" style="width:${w}px;height:${h}px;border:0"></iframe></body>`;
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await page.goto(`${host.url}frame${w}`);
    return { page, frame: await frameOf(page, 0) };
  }
  /** The element a person sees at the centre of the part of the map the panel leaves free (where the region was fitted). */
  const atFitCentre = (frame: Frame) => frame.evaluate(() => {
    const map = window.__nmgAtlasMap as { getCenter(): { lng: number; lat: number }; project(c: [number, number]): { x: number; y: number } };
    const c = map.getCenter();
    const p = map.project([c.lng, c.lat]);
    return document.elementFromPoint(p.x, p.y)?.className ?? '';
  });

  it('320×240: attribution is an ⓘ that expands on a click, and the panel leaves the selected region in sight (screenshot)', async () => {
    const { page, frame } = await framed(320, 240, `region=${XING_AN}`);
    const attrib = frame.locator('.maplibregl-ctrl-attrib');
    const inner = frame.locator('.maplibregl-ctrl-attrib-inner');
    expect(await attrib.getAttribute('class')).toContain('maplibregl-compact');
    expect(await inner.isVisible()).toBe(false);
    const button = (await frame.locator('.maplibregl-ctrl-attrib-button').boundingBox())!;
    expect(button.width).toBeLessThanOrEqual(30);
    expect(await frame.locator('#panel').isVisible()).toBe(true);
    expect(await atFitCentre(frame)).toContain('maplibregl-canvas');
    await page.locator('iframe').screenshot({ path: join(import.meta.dirname, 'screenshots', 'embed-320x240-region.png') });
    await frame.locator('.maplibregl-ctrl-attrib-button').click();
    await expect.poll(() => inner.isVisible()).toBe(true);
    expect(await inner.textContent()).toContain('GeoNames');
    await frame.locator('.maplibregl-ctrl-attrib-button').click();
    await expect.poll(() => inner.isVisible()).toBe(false);
    await page.close();
  });

  it('900×500: attribution stays written out', async () => {
    const { page, frame } = await framed(900, 500, '');
    expect(await frame.locator('.maplibregl-ctrl-attrib').getAttribute('class')).not.toContain('maplibregl-compact');
    expect(await frame.locator('.maplibregl-ctrl-attrib-inner').isVisible()).toBe(true);
    await page.close();
  });

  it('640×427: the side panel stays on the right and leaves the selected region, the zoom buttons and the link in sight', async () => {
    const { page, frame } = await framed(640, 427, `region=${XING_AN}`);
    const panel = (await frame.locator('#panel').boundingBox())!;
    expect(panel.x + panel.width).toBeGreaterThan(639);
    expect(panel.x).toBeGreaterThan(200);
    expect(await atFitCentre(frame)).toContain('maplibregl-canvas');
    // What is drawn at the middle of the zoom-in button and of the link is that button and that link, not the panel.
    expect(await frame.evaluate(() => ['.maplibregl-ctrl-zoom-in', '#fullmap'].map((s) => {
      const r = document.querySelector(s)!.getBoundingClientRect();
      return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.closest(s) !== null;
    }))).toEqual([true, true]);
    await page.close();
  });
});
