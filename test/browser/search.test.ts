/**
 * The built atlas's search and English mode in headless Chromium, driven with real keys and clicks: English names,
 * typos and topic words find what a reader means, a text without matches says so and keeps the map, and English mode
 * shows no Chinese interface text.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openAtlas } from './browser.ts';
import { DIST, readDist, withInitiatives } from './atlasData.ts';
import { renderedPlaceCount, settle } from './mapProbe.ts';
import { servedWithBrowser } from './setup.ts';

const data = readDist();
const HAN = /\p{Script=Han}/u;
const SHOTS = new URL('./screenshots/', import.meta.url).pathname;
const env = servedWithBrowser(DIST);

/** Clicks the search box, clears it and types `text` key by key; resolves when the box shows options or its no-results note. */
async function typeSearch(page: Page, text: string): Promise<void> {
  const input = page.getByRole('combobox');
  await input.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text, { delay: 20 });
  await page.waitForFunction((t) => {
    const box = document.querySelector('.atlas-search')!;
    const listbox = box.querySelector('[role=listbox]') as HTMLElement;
    const empty = box.querySelector('.atlas-search__empty') as HTMLElement;
    return (box.querySelector('input') as HTMLInputElement).value === t && (!listbox.hidden || !empty.hidden);
  }, text);
}

const optionTexts = (page: Page) => page.locator('[role=option] .atlas-search__name').allTextContents();

describe('search', () => {
  it('finds Hohhot and Horqin Right Front Banner by their English names, as the API does', async () => {
    const { page, errors } = await openAtlas(env.browser, env.server.url);
    await typeSearch(page, 'Hohhot');
    const shown = await optionTexts(page);
    expect(shown[0]).toBe('呼和浩特市');
    const api = await page.evaluate(() => window.nmgAtlas!.search('Hohhot'));
    expect(api[0]).toEqual({ kind: 'region', id: '150100000000', label: '呼和浩特市' });
    expect(api.map((r) => r.label)).toEqual(shown);

    await typeSearch(page, 'Horqin Right Front Banner');
    expect((await optionTexts(page))[0]).toBe('科尔沁右翼前旗');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.nmgAtlas!.getState().region === '152221000000');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('forgives the typo 科右钱旗 and keeps the map while the text itself matches nothing', async () => {
    const { page } = await openAtlas(env.browser, env.server.url);
    const all = withInitiatives(data).length;
    await typeSearch(page, '科右钱旗');
    expect((await optionTexts(page))[0]).toBe('科尔沁右翼前旗');
    await page.waitForFunction(() => window.nmgAtlas!.getState().query === '科右钱旗');
    await settle(page);
    expect(await page.evaluate(() => window.nmgAtlas!.getVisiblePlaces().length)).toBe(all);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.nmgAtlas!.getState().region === '152221000000');
    await page.close();
  });

  it('finds elderly-care initiatives for 养老 and 助餐, grouped under 举措, and narrows the map to them', async () => {
    const { page } = await openAtlas(env.browser, env.server.url);
    const elderly = data.initiatives.filter((i) => i.category === 'elderly-care').map((i) => i.id);
    expect(elderly.length).toBeGreaterThan(0);
    await typeSearch(page, '养老');
    const groups = await page.locator('[role=group] .atlas-search__group-label').allTextContents();
    expect(groups).toContain('举措');
    const found = (await page.evaluate(() => window.nmgAtlas!.search('养老'))).filter((r) => r.kind === 'initiative').map((r) => r.id);
    expect(found.sort()).toEqual([...elderly].sort());
    await page.waitForFunction(() => window.nmgAtlas!.getState().query === '养老');
    await settle(page);
    const visible = await page.evaluate(() => window.nmgAtlas!.getVisibleInitiatives());
    expect(visible.sort()).toEqual([...elderly].sort());

    await typeSearch(page, '助餐');
    const meals = (await page.evaluate(() => window.nmgAtlas!.search('助餐'))).filter((r) => r.kind === 'initiative').map((r) => r.id);
    expect(meals.length).toBeGreaterThan(0);
    for (const id of meals) expect(elderly).toContain(id);
    await page.close();
  });

  it('says “no results” for a text without matches and keeps every marker on the map', async () => {
    const { page } = await openAtlas(env.browser, env.server.url);
    const before = await renderedPlaceCount(page);
    const all = withInitiatives(data).length;
    await typeSearch(page, '无此地方qqq');
    const note = page.locator('.atlas-search__empty');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('没有找到');
    expect(await page.getByRole('listbox').isHidden()).toBe(true);
    await page.waitForFunction(() => window.nmgAtlas!.getState().query === '无此地方qqq');
    await settle(page);
    expect(await page.evaluate(() => window.nmgAtlas!.getVisiblePlaces().length)).toBe(all);
    const after = await renderedPlaceCount(page);
    expect(after.markers + after.clustered).toBe(before.markers + before.clustered);
    expect(after.markers + after.clustered).toBeGreaterThan(0);
    await page.close();
  });
});

describe('English mode', () => {
  it('shows no Chinese interface text in the header, legend and share button after the switch', async () => {
    const { page } = await openAtlas(env.browser, env.server.url);
    await page.locator('.share-open').waitFor();
    await page.locator('#lang').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await settle(page);
    // The language button names the other language on purpose (中文, marked lang="zh").
    const header = await page.evaluate(() => [...document.querySelectorAll('.topbar > *:not(#lang)')].map((e) => (e as HTMLElement).innerText + ((e as HTMLInputElement).placeholder ?? '')).join(' '));
    expect(header).not.toMatch(HAN);
    expect(await page.locator('#legend').innerText()).not.toMatch(HAN);
    expect(await page.locator('.share-open').textContent()).toBe('Share / embed');
    await page.close();
  });

  it('names places in English, searches them and draws every chart label inside the chart', async () => {
    const { page } = await openAtlas(env.browser, `${env.server.url}?lang=en`);
    await typeSearch(page, 'Hohhot');
    expect((await optionTexts(page))[0]).toBe('Hohhot');
    await typeSearch(page, '科右前旗');
    expect((await optionTexts(page))[0]).toBe('Horqin Right Front Banner');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.nmgAtlas!.getState().region === '152221000000');
    await settle(page);
    expect(await page.locator('#panel #panel-title').textContent()).toBe('Horqin Right Front Banner');
    // The league with the most kinds of initiative has the longest chart.
    const league = data.leagues.features
      .map((f) => f.properties.code)
      .sort((a, b) => kinds(b) - kinds(a))[0];
    await page.evaluate((c) => window.nmgAtlas!.setState({ region: c }), league);
    await page.locator('#panel .bar-chart text').first().waitFor();
    const outside = await page.evaluate(() => [...document.querySelectorAll<SVGTextElement>('#panel .bar-chart text')]
      .filter((t) => {
        const svg = t.ownerSVGElement!;
        const width = svg.viewBox.baseVal.width;
        const b = t.getBBox();
        return b.x < -0.5 || b.x + b.width > width + 0.5;
      }).map((t) => t.textContent));
    expect(outside).toEqual([]);
    await typeSearch(page, 'elderly');
    await page.screenshot({ path: `${SHOTS}atlas-en-search.png` });
    await page.close();
  });
});

function kinds(code: string): number {
  const byId = new Map(data.places.features.map((f) => [f.properties.id, f.properties]));
  const cats = new Set(data.initiatives.filter((i) => i.places.some((id) => byId.get(id)?.path.some((s) => s.code === code))).map((i) => i.category));
  return cats.size;
}
