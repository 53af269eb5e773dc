/**
 * The review page as an editor uses it, with real keys and clicks: reject a false place (a cashmere brand), assign a short form to its
 * unit for every mention in the county, paste an article and see its places, reload and find the decisions kept.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlaceCollection } from '../../src/contract/index.ts';
import { startReview, type ReviewServer } from '../../src/review/server.ts';
import { occurrences, ORDOS, reviewFolder, SHULINZHAO } from '../review/fixtures.ts';
import { launch } from './browser.ts';

const dirs = reviewFolder();
let server: ReviewServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];
const places = () => JSON.parse(readFileSync(join(dirs.out, 'places.geojson'), 'utf8')) as PlaceCollection;
const feature = (code: string) => places().features.find((f) => f.properties.code === code);
const ready = () => page.waitForSelector('body[data-state="ready"]:not([data-busy])');

beforeAll(async () => {
  server = await startReview({ ...dirs, port: 0, editor: 'browser-test' });
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await ready();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('review page', () => {
  const [brand] = occurrences('herder.txt', '鄂尔多斯');
  const brandId = `herder.txt:${brand}:${brand + 4}`;

  it('rejects the 鄂尔多斯 of a cashmere sweater, and the re-run drops it from places.geojson', async () => {
    expect(feature(ORDOS)!.properties.mentions.some((m) => m.file === 'herder.txt' && m.start === brand)).toBe(true);
    await page.selectOption('#article-pick', 'herder.txt');
    await page.click(`#article mark[data-id="${brandId}"]`);
    await page.waitForFunction(() => document.getElementById('where')?.textContent?.startsWith('herder.txt') && document.querySelector('#context mark')?.textContent === '鄂尔多斯');
    expect(await page.textContent('#chosen')).toContain('鄂尔多斯市');
    await page.keyboard.press('x');
    await page.waitForFunction(() => /not a place/.test(document.getElementById('status')?.textContent ?? ''));
    await ready();
    expect(feature(ORDOS)!.properties.mentions.some((m) => m.file === 'herder.txt')).toBe(false);
    expect(feature(ORDOS)!.properties.mentions.some((m) => m.file === 'training.txt')).toBe(true);
    expect(await page.getAttribute(`#article mark[data-id="${brandId}"]`, 'class')).toBe('m-not-a-place');
    expect(await page.$$eval('#list li', (lis) => lis.map((li) => li.dataset.id))).not.toContain(brandId);
  });

  it('assigns the bare 树林召 to 树林召镇 for every mention in 达拉特旗, saying how many first', async () => {
    const [first] = occurrences('training.txt', '树林召');
    await page.click(`#list li[data-id="training.txt:${first}:${first + 3}"]`);
    await page.waitForFunction(() => /4 mentions in 2 articles/.test(document.getElementById('scope-surface')?.textContent ?? ''));
    expect(await page.textContent('#scope-surface')).toContain('达拉特旗');
    expect(await page.$$eval('#map .pin.candidate', (ps) => ps.map((p) => p.textContent))).toEqual(['1 树林召镇', '2 树林召村委会']);
    expect(await page.$('#map canvas')).not.toBeNull();
    await page.keyboard.press('a');
    expect(await page.isChecked('input[name=scope][value=surface]')).toBe(true);
    await page.keyboard.press('/');
    await page.keyboard.type('树林召镇');
    await page.waitForSelector('#results li');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /assigned to 树林召镇 — 4 mentions in 2 articles/.test(document.getElementById('status')?.textContent ?? ''));
    await ready();
    const town = feature(SHULINZHAO)!.properties.mentions.filter((m) => m.surface === '树林召');
    expect(town.map((m) => m.file).sort()).toEqual(['market.txt', 'market.txt', 'training.txt', 'training.txt']);
    expect(await page.$$eval('#list li', (lis) => lis.map((li) => li.textContent ?? '').filter((t) => t.startsWith('树林召')))).toEqual([]);
  });

  it('adds a pasted article and shows its places highlighted, its markup as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    await page.click('#add-text');
    await page.keyboard.insertText(`本报讯 鄂尔多斯市杭锦旗锡尼镇近日成立牧民合作社，带动三十户牧民增收。${hostile}`);
    await page.click('#add-title');
    await page.keyboard.insertText('杭锦旗锡尼镇牧民合作社成立');
    await page.click('#add-text');
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => /^Added added-/.test(document.getElementById('status')?.textContent ?? ''));
    expect(await page.getAttribute('#article', 'data-file')).toMatch(/^added-\d{4}-\d{2}-\d{2}-001\.txt$/);
    const marks = await page.$$eval('#article mark.m-place', (ms) => ms.map((m) => m.textContent));
    expect(marks).toEqual(expect.arrayContaining(['杭锦旗', '锡尼镇', '鄂尔多斯市']));
    expect(await page.$$eval('#map .pin.place', (ps) => ps.map((p) => p.textContent).sort())).toEqual(['杭锦旗', '鄂尔多斯市', '锡尼镇'].sort());
    expect(await page.textContent('#article')).toContain(hostile);
    expect(await page.$$('#article img')).toHaveLength(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const added = readdirSync(dirs.input).filter((f) => f.startsWith('added-'));
    expect(added).toHaveLength(1);
    expect(readFileSync(join(dirs.input, added[0]), 'utf8')).toMatch(/^杭锦旗锡尼镇牧民合作社成立\n本报讯/);
    expect(readFileSync(join(dirs.input, 'articles.csv'), 'utf8')).toContain(`${added[0]},杭锦旗锡尼镇牧民合作社成立,`);
  });

  it('finds every decision still there after a reload', async () => {
    await page.reload();
    await ready();
    const decisions = await page.$$eval('#decisions li', (lis) => lis.map((li) => li.textContent));
    expect(decisions).toEqual([expect.stringContaining('树林召 → 树林召镇'), expect.stringContaining('鄂尔多斯 not a place')]);
    await page.selectOption('#article-pick', 'herder.txt');
    await page.waitForSelector(`#article mark.m-not-a-place[data-id="${brandId}"]`);
    expect(existsSync(join(dirs.input, 'corrections.csv'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('leaves the public atlas build (dist/, made by npm run build) without any review code', () => {
    const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => /\.(js|html)$/.test(f));
    expect(files.some((f) => f.endsWith('index.html'))).toBe(true);
    for (const f of files) expect(readFileSync(join('dist', f), 'utf8')).not.toMatch(/x-review-token|\/api\/decisions/);
  });
});
