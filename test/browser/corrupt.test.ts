/**
 * The data contract at load: each data file in turn is missing, not JSON, or JSON of the wrong shape, and the
 * app shows its error view naming that file instead of a blank map or an uncaught exception.
 */
import { describe, expect, it } from 'vitest';
import { DIST } from './atlasData.ts';
import { servedWithBrowser } from './setup.ts';

const FILES = ['place-index.json', 'initiative-index.json', 'rollups.json', 'leagues.geojson', 'counties.geojson', 'basemap.json', 'gazetteer-lite.json'];
const CORRUPTIONS: Record<string, { status: number; body: string }> = {
  missing: { status: 404, body: 'not found' },
  'invalid JSON': { status: 200, body: '{"type":"FeatureCollection","features":[' },
  'wrong shape': { status: 200, body: '{"hello":[1,2,3]}' },
};
const env = servedWithBrowser(DIST);

describe('a corrupted data file', () => {
  for (const file of FILES) {
    for (const [how, reply] of Object.entries(CORRUPTIONS)) {
      it(`${file} ${how}: clear error state naming the file`, async () => {
        const page = await env.browser.newPage();
        const uncaught: string[] = [];
        page.on('pageerror', (e) => uncaught.push(e.message));
        await page.route(`**/data/${file}`, (r) => r.fulfill({ status: reply.status, body: reply.body, contentType: 'application/json' }));
        await page.goto(env.server.url);
        await page.waitForFunction(() => document.body.dataset.state === 'error' || document.body.dataset.state === 'ready', null, { timeout: 45_000 });
        expect(await page.evaluate(() => document.body.dataset.state)).toBe('error');
        const alert = page.getByRole('alert');
        expect(await alert.isVisible()).toBe(true);
        expect(await alert.textContent()).toContain(file);
        expect(uncaught).toEqual([]);
        await page.close();
      });
    }
  }
});

describe('a place index and an initiative index from different builds', () => {
  it('shows the error view naming both files', async () => {
    const page = await env.browser.newPage();
    const uncaught: string[] = [];
    page.on('pageerror', (e) => uncaught.push(e.message));
    await page.route('**/data/place-index.json', async (r) => {
      const res = await r.fetch();
      await r.fulfill({ response: res, json: { ...await res.json(), stamp: '0000000000000000' } });
    });
    await page.goto(env.server.url);
    await page.waitForFunction(() => document.body.dataset.state === 'error' || document.body.dataset.state === 'ready', null, { timeout: 45_000 });
    expect(await page.evaluate(() => document.body.dataset.state)).toBe('error');
    expect(await page.getByRole('alert').textContent()).toMatch(/initiative-index\.json was not written with this place-index\.json \(stamps [0-9a-f]{16} and 0{16}\)/);
    expect(uncaught).toEqual([]);
    await page.close();
  });
});

describe('a corrupted first-markers file', () => {
  type M = { getSource(s: string): { getData(): Promise<{ features: unknown[] }> } };
  const drawn = (page: import('playwright-core').Page) => page.evaluate(() => (window.__nmgAtlasMap as M).getSource('places').getData());
  for (const [how, reply] of Object.entries(CORRUPTIONS)) {
    it(`${how}: the map still draws the first view's markers, worked out on the page`, async () => {
      const clean = await env.browser.newPage();
      await clean.goto(env.server.url);
      await clean.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 45_000 });
      const expected = await drawn(clean);
      await clean.close();
      const page = await env.browser.newPage();
      const uncaught: string[] = [];
      page.on('pageerror', (e) => uncaught.push(e.message));
      await page.route('**/data/first-markers-*.geojson', (r) => r.fulfill({ status: reply.status, body: reply.body, contentType: 'application/json' }));
      await page.goto(env.server.url);
      await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 45_000 });
      expect(expected.features.length).toBeGreaterThan(0);
      await expect.poll(() => drawn(page), { timeout: 10_000 }).toEqual(expected);
      expect(uncaught).toEqual([]);
      await page.close();
    });
  }
});

/** Opens the first visible place's panel with every file under `data/<folder>/` answered by `body`. */
async function panelWithCorrupt(folder: string, body: string) {
  const page = await env.browser.newPage();
  await page.route(`**/data/${folder}/*.json`, (r) => r.fulfill({ status: 200, body, contentType: 'application/json' }));
  await page.goto(env.server.url);
  await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 45_000 });
  const place = await page.evaluate(() => window.nmgAtlas!.getVisiblePlaces()[0]);
  await page.evaluate((p) => window.nmgAtlas!.setState({ place: p }), place);
  return page;
}

describe('a corrupted details file', () => {
  it('leaves the map up and says in the place panel which file could not be read', async () => {
    const page = await panelWithCorrupt('initiative-details', '{"hello":1}');
    const note = page.locator('#panel article.initiative .details-failed').first();
    await note.waitFor();
    expect(await note.textContent()).toMatch(/initiative-details\/\w+\.json/);
    await page.close();
  });
});

describe('a corrupted place mentions file', () => {
  it('still shows the passages, their figures marked, and says once which file could not be read', async () => {
    const page = await panelWithCorrupt('place-mentions', '{"hello":[1]}');
    const note = page.locator('#panel .details-failed');
    await note.waitFor();
    expect(await note.textContent()).toMatch(/place-mentions\/\w+\.json: hello: not a place of this file/);
    // The whole texts (drawn hidden under each passage) are in, figures marked and no place.
    await page.locator('#panel .fulltext mark.hl-figure').first().waitFor({ state: 'attached' });
    expect(await page.locator('#panel .fulltext mark.hl-place').count()).toBe(0);
    await page.close();
  });
});
