/**
 * The embed page in a host page served from another origin (another port on 127.0.0.1): ready, control through
 * the message protocol, select events reaching the host, and messages from origins off the allow-list ignored.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launch } from './browser.ts';
import { DIST, readDist, withInitiatives } from './atlasData.ts';
import { serveStatic, type StaticServer } from './server.ts';

const data = readDist();
const XING_AN = '152200000000';
let atlas: StaticServer;
let host: { url: string; server: Server };
let stranger: { url: string; server: Server };
let browser: Browser;

/** A server answering every path with the page `html(origin)` builds. */
async function serveHost(html: (path: string) => string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html(req.url ?? '/')));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

/** A host page with a raw iframe to the embed, recording every message it receives. */
const hostPage = (src: string) => `<!doctype html><meta charset="utf-8"><body style="margin:0">
<iframe id="f" src="${src}" style="width:640px;height:420px;border:0"></iframe>
<script>window.msgs=[];addEventListener('message',function(e){msgs.push({origin:e.origin,data:e.data})});
window.send=function(m){document.getElementById('f').contentWindow.postMessage(m,'*')};</script></body>`;

export async function embedFrame(page: Page): Promise<Frame> {
  await page.waitForFunction(() => (window as unknown as { msgs: { data: { type: string } }[] }).msgs.some((m) => m.data?.type === 'nmg-atlas:ready'), null, { timeout: 45_000 });
  return page.frames().find((f) => f.url().includes('embed.html'))!;
}

const msgs = (page: Page) => page.evaluate(() => (window as unknown as { msgs: { origin: string; data: Record<string, unknown> }[] }).msgs);

beforeAll(async () => {
  atlas = await serveStatic(DIST);
  const embedUrl = (allowed: string) => `${atlas.url}embed.html?origins=${encodeURIComponent(allowed)}`;
  host = await serveHost(() => hostPage(embedUrl(host.url.slice(0, -1))));
  // The stranger embeds the atlas too, but the allow-list names only the host.
  stranger = await serveHost(() => hostPage(embedUrl(host.url.slice(0, -1))));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await atlas?.close();
  await new Promise((r) => host?.server.close(r));
  await new Promise((r) => stranger?.server.close(r));
});

describe('the iframe embed on another origin', () => {
  let page: Page;
  let frame: Frame;
  it('renders and reports ready to the allowed host', async () => {
    page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(host.url);
    frame = await embedFrame(page);
    expect(requests.filter((u) => !u.startsWith('http://127.0.0.1:'))).toEqual([]);
    expect(await frame.evaluate(() => document.body.dataset.state)).toBe('ready');
    const ready = (await msgs(page)).find((m) => m.data.type === 'nmg-atlas:ready')!;
    expect(ready.origin).toBe(atlas.url.slice(0, -1));
    expect(await frame.locator('.maplibregl-ctrl-attrib').isVisible()).toBe(true);
    expect(await frame.locator('#fullmap').getAttribute('href')).toMatch(/\/\?.*view=@/);
    expect(errors).toEqual([]);
  });

  it('obeys a set message: only the region’s places remain, and the host hears the new state', async () => {
    await page.evaluate((r) => (window as unknown as { send: (m: unknown) => void }).send({ type: 'nmg-atlas:set', state: { region: r }, requestId: 7 }), XING_AN);
    await page.waitForFunction(() => (window as unknown as { msgs: { data: { requestId?: number } }[] }).msgs.some((m) => m.data?.requestId === 7));
    const expected = withInitiatives(data).filter((p) => p.path.some((s) => s.code === XING_AN)).map((p) => p.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(withInitiatives(data).length);
    expect((await frame.evaluate(() => window.nmgAtlas!.getVisiblePlaces())).sort()).toEqual(expected);
    const reply = (await msgs(page)).find((m) => m.data.requestId === 7)!;
    expect((reply.data.state as { region: string }).region).toBe(XING_AN);
  });

  it('sends a click on a marker to the host as a select event', async () => {
    const place = withInitiatives(data).find((p) => p.path.some((s) => s.code === XING_AN))!;
    const coords = data.places.features.find((f) => f.properties.id === place.id)!.geometry.coordinates;
    // The region panel (an overlay) would cover the middle of a 640-px frame: clear the region first.
    await frame.evaluate((view) => window.nmgAtlas!.setState({ region: null, view }), { center: coords, zoom: 11 });
    const pt = await frame.evaluate((c) => (window.__nmgAtlasMap as { project(c: number[]): { x: number; y: number } }).project(c), coords);
    const box = (await page.locator('#f').boundingBox())!;
    await page.mouse.click(box.x + pt.x, box.y + pt.y);
    // Places sharing the point are offered in a chooser; a person then picks one.
    await frame.waitForFunction(() => window.nmgAtlas!.getState().place !== null || document.querySelector('.place-chooser button') !== null);
    if (await frame.locator('.place-chooser button').count()) await frame.locator('.place-chooser button').first().click();
    await page.waitForFunction(() => (window as unknown as { msgs: { data: { type: string; place?: string } }[] }).msgs.some((m) => m.data?.type === 'nmg-atlas:select' && m.data.place));
    const sel = (await msgs(page)).filter((m) => m.data.type === 'nmg-atlas:select').at(-1)!;
    expect(sel.data.place).toBe(await frame.evaluate(() => window.nmgAtlas!.getState().place));
    expect(data.places.features.some((f) => f.properties.id === sel.data.place)).toBe(true);
  });
});

describe('a host whose origin is not on the allow-list', () => {
  it('is neither obeyed nor told anything but the frame’s height, and malformed messages do not break the embed', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(stranger.url);
    const frame = page.frames().find((f) => f.url().includes('embed.html'))!;
    await frame.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 45_000 });
    const before = await frame.evaluate(() => ({ state: window.nmgAtlas!.getState(), places: window.nmgAtlas!.getVisiblePlaces() }));
    await page.evaluate((r) => {
      const send = (window as unknown as { send: (m: unknown) => void }).send;
      send({ type: 'nmg-atlas:set', state: { region: r } });
      send(null); send('nmg-atlas:set'); send({ type: 'nmg-atlas:set', state: 5 });
    }, XING_AN);
    await frame.evaluate(() => window.nmgAtlas!.setState({}));
    const after = await frame.evaluate(() => ({ state: window.nmgAtlas!.getState(), places: window.nmgAtlas!.getVisiblePlaces() }));
    expect(after).toEqual(before);
    expect(before.state.region).toBeNull();
    // Only its height reaches a stranger (so responsive frames need no allow-list): nothing about the reader's choices.
    for (const m of await msgs(page)) expect(Object.keys(m.data).sort()).toEqual(['height', 'type']);
    expect((await msgs(page)).filter((m) => m.data.type !== 'nmg-atlas:resize')).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the embed page at its smallest size', () => {
  it('fills a 320×240 frame with map, legend, link and attribution all visible and inside it', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 240 } });
    await page.goto(`${atlas.url}embed.html?region=${XING_AN}`);
    await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 45_000 });
    const inside = async (sel: string) => {
      const b = (await page.locator(sel).first().boundingBox())!;
      return b.width > 0 && b.x >= 0 && b.y >= 0 && b.x + b.width <= 320.5 && b.y + b.height <= 240.5;
    };
    expect(await page.locator('canvas.maplibregl-canvas').evaluate((c) => [c.clientWidth, c.clientHeight])).toEqual([320, 240]);
    for (const sel of ['.maplibregl-ctrl-attrib', '#fullmap', '#legend summary']) expect(await inside(sel), sel).toBe(true);
    // The legend starts collapsed in a small frame and opens on demand.
    expect(await page.locator('#legend details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.locator('#legend summary').click();
    expect(await page.locator('#legend input[data-category]').first().isVisible()).toBe(true);
    await page.locator('#legend summary').click();
    await page.screenshot({ path: `${import.meta.dirname}/screenshots/embed-320x240.png` });
  });

  it('shows only the controls asked for, but always the attribution', async () => {
    const page = await browser.newPage({ viewport: { width: 480, height: 320 } });
    await page.goto(`${atlas.url}embed.html?controls=zoom`);
    await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 45_000 });
    expect(await page.locator('#legend').isVisible()).toBe(false);
    expect(await page.locator('#fullmap').isVisible()).toBe(false);
    expect(await page.locator('.maplibregl-ctrl-zoom-in').isVisible()).toBe(true);
    expect(await page.locator('.maplibregl-ctrl-attrib').isVisible()).toBe(true);
  });
});
