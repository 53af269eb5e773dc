/**
 * The built pages under their Content Security Policy: the policy is in the HTML, nothing violates it, and
 * nothing is requested outside the page's own origin while loading, selecting, opening a panel, switching
 * language and searching (full app and embed).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { openAtlas } from './browser.ts';
import { DIST, readDist, withInitiatives } from './atlasData.ts';
import { settle } from './mapProbe.ts';
import { servedWithBrowser } from './setup.ts';

const data = readDist();
const XING_AN = '152200000000';
const PAGES = ['index.html', ...(existsSync(join(DIST, 'embed.html')) ? ['embed.html'] : [])];
const env = servedWithBrowser(DIST);

/** Loads the page, selects a region, opens a place's panel, toggles the language and searches. */
async function exercise(page: string): Promise<{ requests: string[]; errors: string[]; violations: string[] }> {
  const ctx = await env.browser.newContext();
  // Every CSP violation the page reports, recorded from before its first script runs.
  await ctx.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`));
  });
  const opened = await openAtlas(ctx as unknown as Browser, env.server.url + page);
  const p = opened.page;
  expect(await p.evaluate(() => document.body.dataset.state)).toBe('ready');
  await p.evaluate((r) => window.nmgAtlas!.setState({ region: r }), XING_AN);
  const place = withInitiatives(data).find((x) => x.path.some((s) => s.code === XING_AN)) ?? withInitiatives(data)[0];
  await p.evaluate((id) => window.nmgAtlas!.setState({ place: id }), place.id);
  await p.locator('#panel article.initiative').first().waitFor();
  const lang = p.locator('#lang');
  if (await lang.count()) {
    await lang.click();
    await p.waitForFunction(() => document.documentElement.lang === 'en');
  }
  const search = p.getByRole('combobox');
  if (await search.count()) {
    await search.fill('科右前旗');
    await p.getByRole('option').first().waitFor();
    await search.press('Enter');
  } else {
    await p.evaluate(() => window.nmgAtlas!.setState({ query: '科右前旗' }));
  }
  await settle(p);
  const violations = await p.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  await ctx.close();
  return { requests: opened.requests, errors: opened.errors, violations };
}

describe('content security policy', () => {
  it.each(PAGES)('%s carries a CSP meta tag forbidding inline script and eval', (file) => {
    const html = readFileSync(join(DIST, file), 'utf8');
    const m = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(m).not.toBeNull();
    const csp = m![1].replaceAll('&#39;', "'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    // The policy only works if no script is inline.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it.each(PAGES)('%s runs without CSP violations or errors and stays on its own origin', async (file) => {
    const { requests, errors, violations } = await exercise(file);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    const origin = new URL(env.server.url).origin;
    const outside = requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:' + origin));
    expect(outside).toEqual([]);
    expect(requests.some((u) => u.includes('/data/place-index.json'))).toBe(true);
  });
});
