/**
 * The embed page loads only what it shows: no search or list code before ready (the full app, which shows both,
 * fetches them, so the pattern below does name real chunks), and the search code arrives once the API asks for it.
 */
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DIST } from './atlasData.ts';
import { servedWithBrowser } from './setup.ts';

const env = servedWithBrowser(DIST);
const SEARCH_OR_LIST = /\/assets\/(mountSearch|mountList|searchResults|searchIndex)-[^/]*\.(js|css)$/;

/** Opens `url`, waits for ready and returns the search or list files requested until then; the page stays open. */
async function chunksBeforeReady(browser: Browser, url: string) {
  const page = await browser.newPage();
  const requested: string[] = [];
  let ready = false;
  page.on('request', (r) => { if (!ready && SEARCH_OR_LIST.test(new URL(r.url()).pathname)) requested.push(new URL(r.url()).pathname); });
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 45_000 });
  ready = true;
  return { page, requested };
}

describe('embed code splitting', () => {
  it('the full app fetches its search and list code before ready', async () => {
    const { page, requested } = await chunksBeforeReady(env.browser, env.server.url);
    expect(requested.some((p) => p.includes('mountSearch'))).toBe(true);
    expect(requested.some((p) => p.includes('mountList'))).toBe(true);
    await page.close();
  });

  it('the embed fetches no search or list code before ready, and the search code once asked', async () => {
    const { page, requested } = await chunksBeforeReady(env.browser, `${env.server.url}embed.html`);
    expect(requested).toEqual([]);
    const later: string[] = [];
    page.on('request', (r) => { if (SEARCH_OR_LIST.test(new URL(r.url()).pathname)) later.push(new URL(r.url()).pathname); });
    const results = await page.evaluate(() => window.nmgAtlas!.search('兴安'));
    expect(results.length).toBeGreaterThan(0);
    expect(later.some((p) => p.includes('searchResults'))).toBe(true);
    await page.close();
  });
});
