/**
 * The built atlas in headless Chromium: search, shareable URLs with back/forward, keyboard-only use,
 * the English toggle, the error state, and a screenshot to look at (Chinese labels must render).
 */
import { describe, expect, it } from 'vitest';
import { placeId } from '../../src/contract/index.ts';
import { openAtlas } from './browser.ts';
import { DIST, emptyPointIn, readDist, withInitiatives } from './atlasData.ts';
import { screenPoint, settle } from './mapProbe.ts';
import { servedWithBrowser } from './setup.ts';

const data = readDist();
const KYQ = '152221000000';
const SHOTS = new URL('./screenshots/', import.meta.url).pathname;
const env = servedWithBrowser(DIST);

describe('search', () => {
  it('selects 科右前旗 from its abbreviation', async () => {
    const { page } = await openAtlas(env.browser, env.server.url);
    const input = page.getByRole('combobox');
    await input.fill('科右前旗');
    await page.getByRole('option').first().waitFor();
    await input.press('Enter');
    await page.waitForFunction(([c, id]) => window.nmgAtlas!.getState().region === c || window.nmgAtlas!.getState().place === id, [KYQ, placeId(KYQ)]);
    await settle(page);
    const visible = await page.evaluate(() => window.nmgAtlas!.getVisiblePlaces());
    const inside = withInitiatives(data).filter((p) => p.path.some((s) => s.code === KYQ)).map((p) => p.id);
    expect(visible.length).toBeGreaterThan(0);
    for (const id of visible) expect(inside).toContain(id);
    await page.close();
  });
});

describe('shareable views', () => {
  it('restores region, categories, query and view from a copied URL, and back/forward', async () => {
    const { page } = await openAtlas(env.browser, env.server.url);
    const cats = [...new Set(data.initiatives.map((i) => i.category))].slice(0, 1);
    await page.evaluate((c) => window.nmgAtlas!.setState({ region: '152200000000', categories: c, view: { center: [121.5, 46.3], zoom: 6.25 } }), cats);
    const state = await page.evaluate(() => window.nmgAtlas!.getState());
    const visible = await page.evaluate(() => window.nmgAtlas!.getVisiblePlaces());
    const url = page.url();
    expect(url).toContain('region=152200000000');

    const copy = await openAtlas(env.browser, url);
    const restored = await copy.page.evaluate(() => window.nmgAtlas!.getState());
    expect(restored.region).toBe(state.region);
    expect(restored.categories).toEqual(state.categories);
    expect(restored.view.zoom).toBeCloseTo(state.view.zoom, 1);
    expect(restored.view.center[0]).toBeCloseTo(state.view.center[0], 1);
    expect(await copy.page.evaluate(() => window.nmgAtlas!.getVisiblePlaces())).toEqual(visible);

    // Back/forward: a user action adds a history entry; back restores the copied view, forward the change.
    const other = await copy.page.locator('#legend input[type=checkbox]:not(:checked)').first().getAttribute('data-category');
    await copy.page.locator(`#legend input[data-category="${other}"]`).check();
    await copy.page.waitForFunction((c) => window.nmgAtlas!.getState().categories.includes(c as never), other);
    await copy.page.goBack();
    await copy.page.waitForFunction((c) => !window.nmgAtlas!.getState().categories.includes(c as never), other);
    expect(await copy.page.evaluate(() => window.nmgAtlas!.getState().categories)).toEqual(state.categories);
    expect(await copy.page.evaluate(() => window.nmgAtlas!.getVisiblePlaces())).toEqual(visible);
    await copy.page.goForward();
    await copy.page.waitForFunction((c) => window.nmgAtlas!.getState().categories.includes(c as never), other);
    await copy.page.close();
    await page.close();
  });
});

describe('links without a view', () => {
  it('fit the map to the region the link names', async () => {
    const code = '152200000000';
    const { page } = await openAtlas(env.browser, `${env.server.url}?region=${code}`);
    const inside = emptyPointIn(data, code);
    const st = await page.evaluate(() => window.nmgAtlas!.getState());
    expect(st.region).toBe(code);
    expect(st.view.zoom).toBeGreaterThan(4.4);
    const pt = await screenPoint(page, inside);
    const box = await page.locator('#map').boundingBox();
    expect(pt.x).toBeGreaterThan(box!.x);
    expect(pt.x).toBeLessThan(box!.x + box!.width);
    expect(pt.y).toBeGreaterThan(box!.y);
    expect(pt.y).toBeLessThan(box!.y + box!.height);
    await page.close();
  });
});

describe('keyboard only', () => {
  it('reaches a place’s initiatives without a mouse', async () => {
    const { page } = await openAtlas(env.browser, env.server.url);
    const league = data.leagues.features.find((f) => withInitiatives(data).some((p) => p.path[0]?.code === f.properties.code))!;
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.keyboard.type(league.properties.name);
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForFunction((c) => window.nmgAtlas!.getState().region === c, league.properties.code);
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => !!document.activeElement?.closest('#list tbody tr'));
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.nmgAtlas!.getState().place !== null);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel-title');
    expect(await page.locator('#panel article.initiative').count()).toBeGreaterThan(0);
    // Escape closes the place panel and returns to the region's summary.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.nmgAtlas!.getState().place === null);
    expect(await page.evaluate(() => window.nmgAtlas!.getState().region)).toBe(league.properties.code);
    await page.close();
  });
  it('arrows down the whole list: rows out of sight are not drawn until reached, and the last one scrolls into sight drawn', async () => {
    const { page } = await openAtlas(env.browser, env.server.url);
    const rows = page.locator('#list tbody tr');
    const n = await rows.count();
    expect(n).toBeGreaterThan(20);
    // content-visibility skips a row out of sight (list.css); checkVisibility says so when asked to.
    const drawn = (k: number) => rows.nth(k).locator('td').first().evaluate((td) => td.checkVisibility({ contentVisibilityAuto: true }));
    expect([await drawn(0), await drawn(n - 1)]).toEqual([true, false]);
    await rows.first().focus();
    for (let i = 1; i < n; i++) await page.keyboard.press('ArrowDown');
    expect(await rows.nth(n - 1).evaluate((r) => r === document.activeElement)).toBe(true);
    expect(await drawn(n - 1)).toBe(true);
    const box = (await rows.nth(n - 1).boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    // Within a pixel: the sidebar starts at a fractional offset under the header.
    expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height + 1);
    await page.close();
  });
});

describe('approximate locations', () => {
  it('explain themselves on hover', async () => {
    const { page } = await openAtlas(env.browser, env.server.url);
    const approx = data.places.features.find((f) => f.properties.initiatives.length && f.properties.precision !== 'exact'
      && ['village', 'poi', 'township'].includes(f.properties.level) && f.properties.level !== f.properties.precision)!;
    expect(approx).toBeDefined();
    await page.evaluate((c) => window.nmgAtlas!.setState({ view: { center: c, zoom: 12 } }), approx.geometry.coordinates);
    const pt = await screenPoint(page, approx.geometry.coordinates);
    await page.mouse.move(pt.x, pt.y);
    const popup = page.locator('.hover-popup');
    await popup.waitFor();
    expect(await popup.textContent()).toMatch(/近似/);
    await page.close();
  });
});

describe('language and rendering', () => {
  it('switches the interface and labels to English and back', async () => {
    const { page } = await openAtlas(env.browser, env.server.url);
    await page.locator('#lang').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(page.url()).toContain('lang=en');
    await settle(page);
    await page.screenshot({ path: `${SHOTS}atlas-en.png` });
    expect(await page.locator('#legend h2').textContent()).not.toMatch(/[\u4e00-\u9fff]/);
    await page.locator('#lang').click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    await page.close();
  });

  it('saves a screenshot with a region selected (look at it: Chinese labels, not boxes)', async () => {
    const { page } = await openAtlas(env.browser, env.server.url);
    await page.screenshot({ path: `${SHOTS}atlas-start.png` });
    await page.evaluate(() => window.nmgAtlas!.setState({ region: '152200000000' }));
    await page.screenshot({ path: `${SHOTS}atlas-region.png` });
    const narrow = await openAtlas(env.browser, env.server.url, { width: 390, height: 844 });
    const id = withInitiatives(data)[0].id;
    await narrow.page.evaluate((p) => window.nmgAtlas!.setState({ place: p }), id);
    await narrow.page.screenshot({ path: `${SHOTS}atlas-mobile-place.png` });
    expect(await narrow.page.locator('#panel').isVisible()).toBe(true);
    await page.close();
    await narrow.page.close();
  });

  it('renders source text as text, never as HTML', async () => {
    const page = await env.browser.newPage();
    const place = withInitiatives(data)[0];
    const file = data.details.get(place.initiatives[0])!.file;
    // Appending keeps every offset valid; the payload would run if the text were ever parsed as HTML.
    await page.route(`**/data/sources/${encodeURIComponent(file)}`, async (r) => {
      const res = await r.fetch();
      await r.fulfill({ response: res, body: `${await res.text()}<img src=x onerror="window.__xss=1"><b>bold</b>` });
    });
    await page.goto(env.server.url);
    await page.waitForFunction(() => document.body.dataset.state === 'ready');
    await page.evaluate((p) => window.nmgAtlas!.setState({ place: p }), place.id);
    await page.locator('#panel .fulltext-toggle').first().click();
    await page.waitForFunction(() => document.querySelector('#panel .fulltext')?.textContent?.includes('<img'));
    expect(await page.locator('#panel img, #panel b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.close();
  });

  it('shows an error state, not a blank map, when data is malformed', async () => {
    const page = await env.browser.newPage();
    await page.route('**/data/initiative-index.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '[{"id": 1}]' }));
    await page.goto(env.server.url);
    await page.waitForFunction(() => document.body.dataset.state === 'error');
    expect(await page.locator('.error-view').textContent()).toContain('initiative-index.json');
    await page.close();
  });
});
