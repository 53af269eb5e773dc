/**
 * The built atlas in headless Chromium: loading, markers, place and region selection, category filter,
 * and that nothing leaves 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { launch, openAtlas, type OpenedPage } from './browser.ts';
import { DIST, emptyPointIn, readDist, withInitiatives } from './atlasData.ts';
import { circleTotal, screenPoint, settle } from './mapProbe.ts';
import { serveStatic, type StaticServer } from './server.ts';

const data = readDist();
const XING_AN = '152200000000';
/** Whether fontconfig lists a CJK sans font on this machine (Debian's fonts-noto-cjk, say). */
function systemHasCjkFont(): boolean {
  try {
    return /Noto Sans CJK SC|Source Han Sans SC|Microsoft YaHei|PingFang SC|Hiragino Sans GB/.test(execSync('fc-list : family', { encoding: 'utf8' }));
  } catch {
    return false;
  }
}

let server: StaticServer;
let browser: Browser;
let opened: OpenedPage;

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launch();
  opened = await openAtlas(browser, server.url);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the atlas page', () => {
  it('loads its data and reaches idle with the API ready', async () => {
    expect(await opened.page.evaluate(() => document.body.dataset.state)).toBe('ready');
    expect(await opened.page.evaluate(() => typeof window.nmgAtlas?.setState)).toBe('function');
    expect(opened.errors).toEqual([]);
  });

  it('shows every initiative that has a place once, in the numbers of its markers and clusters', async () => {
    const expected = withInitiatives(data).map((p) => p.id).sort();
    const { page } = opened;
    expect((await page.evaluate(() => window.nmgAtlas!.getVisiblePlaces())).sort()).toEqual(expected);
    expect(await circleTotal(page)).toBe(data.initiatives.filter((i) => i.places.length).length);
  });

  it('opens the panel with a place’s initiatives when its marker is clicked', async () => {
    const { page } = opened;
    const place = withInitiatives(data).sort((a, b) => b.initiatives.length - a.initiatives.length)[0];
    const feature = data.places.features.find((f) => f.properties.id === place.id)!;
    await page.evaluate((view) => window.nmgAtlas!.setState({ view }), { center: feature.geometry.coordinates, zoom: 11 });
    const pt = await screenPoint(page, feature.geometry.coordinates);
    await page.mouse.click(pt.x, pt.y);
    // Several places can share a point (a gacha drawn at its township): the click then offers them, and we take the first.
    await page.waitForFunction(() => window.nmgAtlas!.getState().place !== null || document.querySelector('.place-chooser button') !== null);
    if (await page.locator('.place-chooser button').count()) await page.locator('.place-chooser button').first().click();
    await page.waitForFunction(() => window.nmgAtlas!.getState().place !== null);
    const chosen = await page.evaluate(() => window.nmgAtlas!.getState().place);
    const shown = data.places.features.find((f) => f.properties.id === chosen)!.properties;
    expect(shown.initiatives.length).toBeGreaterThan(0);
    expect(await page.locator('#panel #panel-title').textContent()).toBe(shown.name);
    const cards = await page.locator('#panel article.initiative').evaluateAll((els) => els.map((e) => e.getAttribute('data-initiative')));
    expect(cards.sort()).toEqual([...shown.initiatives].sort());
    for (const id of shown.initiatives) {
      const title = data.initiatives.find((i) => i.id === id)!.title;
      if (title) expect(await page.locator(`#panel article.initiative[data-initiative="${id}"] h3`).textContent()).toBe(title);
    }
    await page.locator('#panel .passage mark').first().waitFor();
    // The place's mentions, fetched with the panel, are marked in its initiatives' texts.
    const placeMarks = await page.locator('#panel .fulltext mark.hl-place').allTextContents();
    expect(placeMarks.length).toBeGreaterThan(0);
    for (const text of placeMarks) expect(shown.mentions.map((m) => m.surface)).toContain(text);
    expect(await page.locator('#panel .path li').count()).toBe(shown.path.length + 1);
    // The full source text opens below the passage and contains it.
    await page.locator('#panel .fulltext-toggle').first().click();
    const full = await page.locator('#panel .fulltext').first().textContent();
    const passage = await page.locator('#panel .passage').first().textContent();
    expect(full!.length).toBeGreaterThan(passage!.length);
    expect(full).toContain(passage);
  });

  it('keeps an opened source text open, and the focus on its toggle, when the same panel is drawn again', async () => {
    const { page } = opened;
    const toggle = page.locator('#panel .fulltext-toggle').first();
    await toggle.focus();
    if (await toggle.getAttribute('aria-expanded') !== 'true') await page.keyboard.press('Enter');
    const card = await page.locator('#panel article.initiative').first().getAttribute('data-initiative');
    const mark = () => page.evaluate(() => { (document.querySelector('#panel .fulltext') as HTMLElement).dataset.drawnBefore = '1'; });
    const redrawn = () => page.waitForFunction(() => !document.querySelector('#panel [data-drawn-before]'));
    const state = () => page.evaluate(() => {
      const full = document.querySelector<HTMLElement>('#panel .fulltext')!;
      const a = document.activeElement as HTMLElement;
      return { hidden: full.hidden, text: full.textContent!.length > 0, focused: a.className, card: a.closest<HTMLElement>('[data-initiative]')?.dataset.initiative };
    });
    // Hiding a category none of the panel's initiatives has draws the same panel again (as details arriving do).
    const cards = await page.locator('#panel article.initiative').evaluateAll((els) => els.map((e) => e.getAttribute('data-initiative')));
    const held = new Set(data.initiatives.filter((i) => cards.includes(i.id)).map((i) => i.category));
    const before = await page.evaluate(() => window.nmgAtlas!.getState().categories);
    const other = before.find((c) => !held.has(c))!;
    expect(other).toBeDefined();
    await mark();
    await page.evaluate((cats) => window.nmgAtlas!.setState({ categories: cats }), before.filter((c) => c !== other));
    try {
      await redrawn();
      expect(await state()).toEqual({ hidden: false, text: true, focused: 'fulltext-toggle', card });
    } finally {
      await page.evaluate((cats) => window.nmgAtlas!.setState({ categories: cats }), before);
    }
    // Another language draws it again too.
    await mark();
    await page.locator('#lang').click();
    try {
      await redrawn();
      expect((await state()).hidden).toBe(false);
      expect(await page.locator('#panel .fulltext-toggle').first().getAttribute('aria-expanded')).toBe('true');
    } finally {
      await page.locator('#lang').click();
      await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    }
  });

  it('leaves only 兴安盟’s places after clicking the league', async () => {
    const { page } = opened;
    await page.evaluate(() => window.nmgAtlas!.setState({ place: null, region: null, view: { center: [112.5, 45.2], zoom: 4.4 } }));
    const pt = await screenPoint(page, emptyPointIn(data, XING_AN));
    await page.mouse.click(pt.x, pt.y);
    await page.waitForFunction((c) => window.nmgAtlas!.getState().region === c, XING_AN);
    await settle(page);
    const expected = withInitiatives(data).filter((p) => p.path.some((s) => s.code === XING_AN)).map((p) => p.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect((await page.evaluate(() => window.nmgAtlas!.getVisiblePlaces())).sort()).toEqual(expected);
    expect(await page.locator('#panel #panel-title').textContent()).toBe('兴安盟');
    expect(await page.locator('#panel .bar-chart rect').count()).toBeGreaterThan(0);
  });

  it('updates counts and markers when a category is toggled off', async () => {
    const { page } = opened;
    await page.evaluate(() => window.nmgAtlas!.setState({ place: null, region: null, view: { center: [112.5, 45.2], zoom: 4.4 } }));
    const byCat = new Map<string, number>();
    for (const it of data.initiatives) byCat.set(it.category, (byCat.get(it.category) ?? 0) + 1);
    const [cat, n] = [...byCat.entries()].sort((a, b) => b[1] - a[1])[0];
    expect(await page.locator(`#legend input[data-category="${cat}"] ~ .count`).textContent()).toBe(String(n));
    const before = await page.evaluate(() => window.nmgAtlas!.getVisibleInitiatives().length);
    await page.locator(`#legend input[data-category="${cat}"]`).uncheck();
    await settle(page);
    expect(await page.evaluate(() => window.nmgAtlas!.getVisibleInitiatives().length)).toBe(before - n);
    expect(await circleTotal(page)).toBe(data.initiatives.filter((i) => i.category !== cat && i.places.length).length);
    // The legend's counts do not drop for a category the user hid: they say what showing it would add.
    expect(await page.locator(`#legend input[data-category="${cat}"] ~ .count`).textContent()).toBe(String(n));
    await page.locator('#legend button[data-action="all"]').click();
    await page.waitForFunction((c) => window.nmgAtlas!.getState().categories.includes(c as never), cat);
  });

  it('asks for no frame only to place a category toggle\'s symbols again once its last tiles are drawn', async () => {
    const { page } = opened;
    const cat = data.initiatives[0].category;
    type M = { on(t: string, f: (e: { dataType?: string; tile?: unknown }) => void): void; off(t: string, f: unknown): void; once(t: string, f: () => void): void };
    // What the map did after the click, in order, until it was idle: tiles arriving, and frames drawn, each marked when
    // MapLibre ended it wanting another frame for symbol placement (its own flag: what placementFrames.ts is about).
    const events = await page.evaluate(async (c) => {
      const map = window.__nmgAtlasMap as M & { _placementDirty?: boolean };
      const seen: string[] = [];
      const onData = (e: { dataType?: string; tile?: unknown }) => { if (e.dataType === 'source' && e.tile) seen.push('tile'); };
      const onRender = () => seen.push(map._placementDirty ? 'render, placement pending' : 'render');
      map.on('data', onData);
      map.on('render', onRender);
      const idle = new Promise<void>((r) => map.once('idle', () => r()));
      document.querySelector<HTMLInputElement>(`#legend input[data-category="${c}"]`)!.click();
      await idle;
      map.off('data', onData);
      map.off('render', onRender);
      return seen;
    }, cat);
    await page.locator(`#legend input[data-category="${cat}"]`).check();
    await settle(page);
    // The toggle re-lays out the marker tiles; the frames from the one that draws the last of them leave no placement pending
    // (before, that frame asked for one more, which drew the same symbols again). A style change may still ask for one.
    expect(events).toContain('tile');
    const after = events.slice(events.lastIndexOf('tile') + 1);
    expect(after.length).toBeGreaterThan(0);
    expect(after).not.toContain('render, placement pending');
  });

  it('requests nothing outside 127.0.0.1', () => {
    const outside = opened.requests.filter((u) => !u.startsWith(server.url) && !/^(data|blob):/.test(u));
    expect(opened.requests.length).toBeGreaterThan(5);
    expect(outside).toEqual([]);
  });

  it('draws labels with a CJK font that has every league name: the reader\'s own when the machine has one, else the shipped Noto Sans SC', async () => {
    // The machine without a CJK font is tested on its own in fonts.test.ts; here the font the labels get depends on this machine.
    const own = await opened.page.evaluate(() => [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Atlas Local CJK' && f.status === 'loaded'));
    expect(own).toBe(systemHasCjkFont());
    // The shipped font's slices are downloaded only when the reader has no CJK font of their own.
    expect(opened.requests.some((u) => u.startsWith(server.url) && /noto-sans-sc-.*\.woff2$/.test(u))).toBe(!own);
    const family = own ? 'Atlas Local CJK' : 'Noto Sans SC';
    const names = data.leagues.features.map((f) => f.properties.name).join('');
    expect(await opened.page.evaluate(([t, f]) => document.fonts.check(`16px "${f}"`, t), [names, family])).toBe(true);
    if (!own) expect(await opened.page.evaluate(() => [...document.fonts].filter((f) => f.family.includes('Noto Sans SC') && f.status === 'loaded').length)).toBeGreaterThan(1);
  });
});
