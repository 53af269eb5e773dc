/**
 * The data contract at load: each data file in turn is missing, not JSON, or JSON of the wrong shape, and the
 * app shows its error view naming that file instead of a blank map or an uncaught exception.
 */
import { describe, expect, it } from 'vitest';
import { DIST } from './atlasData.ts';
import { servedWithBrowser } from './setup.ts';

const FILES = ['places.geojson', 'initiatives.json', 'rollups.json', 'leagues.geojson', 'counties.geojson', 'basemap.json', 'gazetteer-lite.json'];
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
