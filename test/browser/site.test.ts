/**
 * `npm run site` end to end: a CSV made of the development set becomes a static site that holds nothing but the
 * site, works when served under a path prefix, cites outlet and date with a working link, and downloads metadata.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_MARKERS_NAME, type Initiative } from '../../src/contract/index.ts';
import { launch, openAtlas } from './browser.ts';
import { devsetCsv } from './devsetCsv.ts';
import { serveStatic, type StaticServer } from './server.ts';

let out: string;
let initiatives: Initiative[];
let server: StaticServer;
let browser: Browser;

const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));

beforeAll(async () => {
  const { csv } = devsetCsv();
  out = join(mkdtempSync(join(tmpdir(), 'nmg-site-test-')), 'site');
  const r = spawnSync('npm', ['run', '--silent', 'site', '--', '--input', csv, '--out', out, '--title', '开发集地图'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run site failed (${r.status}): ${r.stderr}`);
  expect(r.stdout).toMatch(/^site: 30 articles \(0 skipped\)/);
  initiatives = JSON.parse(readFileSync(join(out, 'data', 'initiatives.json'), 'utf8')) as Initiative[];
  server = await serveStatic(out, '/atlas/');
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('npm run site', () => {
  it('writes the site and nothing else: no cache, log or temporary file', () => {
    expect(readdirSync(out).sort()).toEqual(['assets', 'data', 'embed.html', 'embed.js', 'favicon.svg', 'index.html']);
    const files = walk(out).map((f) => relative(out, f));
    expect(files.filter((f) => f.split('/').some((part) => part.startsWith('.')) || /\.(log|tmp)$/.test(f))).toEqual([]);
    // The first view's markers file is named by a hash of its text (contract/firstMarkers.ts).
    const data = readdirSync(join(out, 'data')).map((f) => (FIRST_MARKERS_NAME.test(f) ? 'first-markers-<hash>.geojson' : f)).sort();
    expect(data).toEqual(['basemap.json', 'counties.geojson', 'first-markers-<hash>.geojson', 'gazetteer-lite.json', 'initiative-details', 'initiative-index.json', 'initiatives.json',
      'leagues.geojson', 'place-index.json', 'place-mentions', 'places.geojson', 'report.json', 'rollups.json', 'sources']);
    expect(readdirSync(join(out, 'data', 'sources'))).toHaveLength(30);
  });

  it('runs under a path prefix and cites outlet and date with a link that opens the original', async () => {
    const { page, errors } = await openAtlas(browser, server.url);
    expect(await page.evaluate(() => document.body.dataset.state)).toBe('ready');
    expect(await page.title()).toBe('开发集地图');
    const it = initiatives.find((i) => i.source?.date?.length === 10 && i.source.url && i.source.outlet && i.places.length)!;
    const [y, m, d] = it.source!.date!.split('-').map(Number);
    await page.evaluate((place) => window.nmgAtlas!.setState({ place }), it.places[0]);
    const cite = page.locator(`#panel [data-initiative="${it.id}"] .citation`);
    await expect.poll(() => cite.textContent()).toContain(`${it.source!.outlet} · ${y}年${m}月${d}日`);
    const link = cite.locator('a');
    expect(await link.evaluate((a) => [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]))
      .toEqual([it.source!.url, '_blank', 'noopener noreferrer']);
    // The original site is outside this machine's reach: answer for it, and check that the link opens it in a new tab.
    await page.context().route(it.source!.url!, (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<p>original</p>' }));
    const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await tab.waitForLoadState();
    expect(tab.url()).toBe(it.source!.url);
    expect(await tab.evaluate(() => [document.body.textContent, window.opener === null, document.referrer])).toEqual(['original', true, '']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a timeline whose brush narrows the visible initiatives, and keeps the undated ones', async () => {
    const { page } = await openAtlas(browser, server.url);
    const all = await page.evaluate(() => window.nmgAtlas!.getVisibleInitiatives());
    expect(all).toHaveLength(initiatives.length);
    const bars = page.locator('#timeline .tl-bars .tl-bar');
    expect(await page.locator('#timeline').isVisible()).toBe(true);
    // Drag from the first bar to the second: the period is those two bars.
    const [a, b] = [await bars.nth(0).boundingBox(), await bars.nth(1).boundingBox()];
    await page.mouse.move(a!.x + a!.width / 2, a!.y + a!.height / 2);
    await page.mouse.down();
    await page.mouse.move(b!.x + b!.width / 2, b!.y + b!.height / 2);
    await page.mouse.up();
    const [k0, k1] = [await bars.nth(0).getAttribute('data-key'), await bars.nth(1).getAttribute('data-key')];
    await expect.poll(() => page.evaluate(() => [window.nmgAtlas!.getState().from, window.nmgAtlas!.getState().to])).toEqual([k0, k1]);
    const shown = await page.evaluate(() => window.nmgAtlas!.getVisibleInitiatives());
    const byId = new Map(initiatives.map((i) => [i.id, i]));
    expect(shown.length).toBeLessThan(all.length);
    for (const id of shown) {
      const d = byId.get(id)!.source!.date;
      expect(d === null || (d.slice(0, k0!.length) >= k0! && d.slice(0, k1!.length) <= k1!)).toBe(true);
    }
    expect(shown.filter((id) => byId.get(id)!.source!.date === null)).toHaveLength(initiatives.filter((i) => !i.source!.date).length);
    expect(new URL(page.url()).searchParams.get('from')).toBe(k0);
    await page.close();
  });

  it('downloads CSV and GeoJSON that carry outlet, date and url', async () => {
    const { page } = await openAtlas(browser, server.url);
    const byId = new Map(initiatives.map((i) => [i.id, i]));
    const [csvDl] = await Promise.all([page.waitForEvent('download'), page.locator('.atlas-list__download').first().click()]);
    const rows = Papa.parse<Record<string, string>>(readFileSync((await csvDl.path())!, 'utf8').replace(/^\ufeff/, ''), { header: true }).data;
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const s = byId.get(r.id)!.source!;
      expect([r.outlet, r.date, r.url]).toEqual([s.outlet ?? '', s.date ?? '', s.url ?? '']);
    }
    expect(rows.some((r) => r.date && r.url.startsWith('http') && r.outlet)).toBe(true);
    const [geoDl] = await Promise.all([page.waitForEvent('download'), page.locator('.atlas-list__download').nth(1).click()]);
    const fc = JSON.parse(readFileSync((await geoDl.path())!, 'utf8')) as { features: { properties: { initiatives: string[]; outlets: unknown[]; dates: unknown[]; urls: unknown[] } }[] };
    const withIts = fc.features.filter((f) => f.properties.initiatives.length);
    expect(withIts.length).toBeGreaterThan(0);
    for (const { properties: p } of withIts) {
      expect(p.dates).toEqual(p.initiatives.map((id) => byId.get(id)!.source!.date));
      expect(p.urls).toEqual(p.initiatives.map((id) => byId.get(id)!.source!.url));
      expect(p.outlets).toEqual(p.initiatives.map((id) => byId.get(id)!.source!.outlet));
    }
    await page.close();
  });
});
