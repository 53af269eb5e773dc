/**
 * The region panel and the list as a person sees them at 1280×800 and on a 390×844 phone: the panel's header and
 * chart follow the category filter, an empty selection says so and its button widens the filter, and the list
 * stays reachable with a region selected, its 地点 column on screen. Saves the README's region-panel screenshot.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openAtlas } from './browser.ts';
import { DIST, emptyPointIn, readDist } from './atlasData.ts';
import { screenPoint, settle } from './mapProbe.ts';
import { servedWithBrowser } from './setup.ts';
import { CATEGORY_IDS } from '../../src/contract/index.ts';
import { placeIndex, visibleFor } from '../../src/app/filter.ts';
import { DEFAULTS } from '../../src/app/defaults.ts';

const data = readDist();
const XING_AN = '152200000000';
const SHOTS = new URL('./screenshots/', import.meta.url).pathname;
const env = servedWithBrowser(DIST);
const byId = placeIndex(data);

/** What 兴安盟 shows under the given categories, computed from the data in Node. */
const expected = (categories: string[]) => visibleFor(data, { ...DEFAULTS.state, region: XING_AN, categories: categories as never }, byId);
const catsOf = (ids: string[]) => [...new Set(ids.map((id) => data.initiatives.find((i) => i.id === id)!.category))];
/** A category with initiatives in the data but none in 兴安盟, and one with some there. */
const missing = CATEGORY_IDS.find((c) => data.initiatives.some((i) => i.category === c) && expected([c]).initiatives.length === 0)!;
const present = catsOf(expected([...CATEGORY_IDS]).initiatives)[0];

/** Shows only `category` with real clicks on the legend: "none", then its checkbox. */
async function onlyCategory(page: Page, category: string): Promise<void> {
  const details = page.locator('#legend details');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await page.locator('#legend summary').click();
  await page.locator('#legend button[data-action="none"]').click();
  await page.locator(`#legend input[data-category="${category}"]`).click();
  await page.waitForFunction((c) => window.nmgAtlas!.getState().categories.join() === c, category);
}

const barLabels = (page: Page) => page.locator('#panel .bar-chart text[text-anchor="end"]').allTextContents();
const levelText = (page: Page) => page.locator('#panel .level').textContent();

describe('the region panel at 1280×800', () => {
  it('follows the category filter in its header and its chart', async () => {
    expect(present).toBeDefined();
    const { page } = await openAtlas(env.browser, env.server.url);
    await page.evaluate(() => window.nmgAtlas!.setState({ view: { center: [112.5, 45.2], zoom: 4.4 } }));
    const pt = await screenPoint(page, emptyPointIn(data, XING_AN));
    await page.mouse.click(pt.x, pt.y);
    await page.waitForFunction((c) => window.nmgAtlas!.getState().region === c, XING_AN);
    const all = expected([...CATEGORY_IDS]);
    expect(await levelText(page)).toContain(`${all.initiatives.length} 项举措`);
    expect((await barLabels(page)).length).toBe(catsOf(all.initiatives).length);
    await onlyCategory(page, present);
    const one = expected([present]);
    expect(await levelText(page)).toContain(`${one.initiatives.length} 项举措`);
    expect(await levelText(page)).toContain(`${one.places.length} 个地点`);
    expect(await barLabels(page)).toHaveLength(1);
    // The bar's number is the header's number.
    expect(await page.locator('#panel .bar-chart text:not([text-anchor])').allTextContents()).toEqual([String(one.initiatives.length)]);
    await page.close();
  });

  it('says that nothing is recorded under the filter, and its button widens the filter', async () => {
    expect(missing).toBeDefined();
    const { page } = await openAtlas(env.browser, `${env.server.url}?region=${XING_AN}`);
    await onlyCategory(page, missing);
    await expect.poll(() => page.locator('#panel .region-empty p').textContent()).toBe('在当前筛选条件下，这里没有记录的举措。');
    expect(await levelText(page)).toContain('0 项举措');
    expect(await page.locator('#panel .bar-chart').count()).toBe(0);
    await page.locator('#panel .region-widen').click();
    await page.waitForFunction((n) => window.nmgAtlas!.getState().categories.length === n, CATEGORY_IDS.length);
    expect(await page.locator('#panel .region-empty').count()).toBe(0);
    expect((await barLabels(page)).length).toBe(catsOf(expected([...CATEGORY_IDS]).initiatives).length);
    await page.close();
  });

  it('keeps the list reachable below it, with the 地点 column on screen (screenshot)', async () => {
    const { page } = await openAtlas(env.browser, `${env.server.url}?region=${XING_AN}`);
    await settle(page);
    // The README's screenshot: the region's summary beside its map.
    await page.screenshot({ path: `${SHOTS}atlas-region-panel.png` });
    await page.locator('#panel .to-list button').click();
    const rows = page.locator('#list tbody tr');
    await expect.poll(() => rows.count()).toBe(expected([...CATEGORY_IDS]).initiatives.length);
    await expectPlaceColumnOnScreen(page, { width: 1280, height: 800 });
    await page.screenshot({ path: `${SHOTS}atlas-region-list.png` });
    await page.close();
  });
});

/** The first row's 地点 cell, and the column's header, are visible and wholly inside the viewport. */
async function expectPlaceColumnOnScreen(page: Page, vp: { width: number; height: number }): Promise<void> {
  const cell = page.locator('#list tbody tr').first().locator('.atlas-list__place');
  const header = page.locator('#list [data-sort="place"]');
  for (const el of [cell, header]) {
    expect(await el.isVisible()).toBe(true);
    const b = (await el.boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(vp.width);
    expect(b.y).toBeGreaterThanOrEqual(0);
    expect(b.y + b.height).toBeLessThanOrEqual(vp.height);
  }
  expect(await cell.textContent()).not.toBe('');
  // Nothing in the list is pushed sideways behind a scrollbar.
  expect(await page.locator('#list .atlas-list').evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
}

describe('the region panel on a 390×844 phone', () => {
  it('leaves the list reachable with taps, its 地点 column on screen', async () => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${env.server.url}?region=${XING_AN}`);
    await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 45_000 });
    expect(await page.locator('#panel #panel-title').isVisible()).toBe(true);
    await page.locator('#panel .to-list button').tap();
    await expectPlaceColumnOnScreen(page, { width: 390, height: 844 });
    // A tap on a row opens its place; closing it returns to the region and its list.
    await page.locator('#list tbody tr').first().tap();
    await page.waitForFunction(() => window.nmgAtlas!.getState().place !== null);
    await page.locator('#panel .panel-close').tap();
    await page.waitForFunction(() => window.nmgAtlas!.getState().place === null);
    expect(await page.locator('#list tbody tr').first().isVisible()).toBe(true);
    await context.close();
  });
});
