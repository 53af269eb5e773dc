/**
 * Hostile text: the pipeline runs on the seeds plus an article full of markup, javascript: URLs and bidi
 * controls; the built app (and embed) show it as inert text — no script runs, no dialog opens, no handler attribute.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { runPipeline } from '../../src/pipeline/run/run.ts';
import { writeAppData } from '../../src/build/appData.ts';
import type { Initiative } from '../../src/contract/index.ts';
import { launch } from './browser.ts';
import { DIST } from './atlasData.ts';
import { serveStatic, type StaticServer } from './server.ts';

const HOSTILE = join(import.meta.dirname, '../fixtures/hostile/hostile.txt');
const SEEDS = join(import.meta.dirname, '../../seeds');
let dir: string;
let server: StaticServer;
let browser: Browser;
let hostile: Initiative;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nmg-hostile-'));
  mkdirSync(join(dir, 'in'));
  for (const f of readdirSync(SEEDS)) cpSync(join(SEEDS, f), join(dir, 'in', f));
  cpSync(HOSTILE, join(dir, 'in', 'hostile.txt'));
  cpSync(DIST, join(dir, 'site'), { recursive: true });
  await runPipeline({ input: join(dir, 'in'), out: join(dir, 'site', 'data') });
  writeAppData(join(dir, 'site', 'data'));
  const all = JSON.parse(readFileSync(join(dir, 'site', 'data', 'initiatives.json'), 'utf8')) as Initiative[];
  hostile = all.find((i) => i.file === 'hostile.txt' && i.summary.includes('幸福院'))!;
  server = await serveStatic(join(dir, 'site'));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Opens a page that records dialogs and exposes whether any payload ran. */
async function open(file: string): Promise<{ page: Page; dialogs: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await page.goto(server.url + file);
  await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 45_000 });
  return { page, dialogs };
}

/** Elements carrying an on* attribute, a javascript: link, or markup the payload would create. */
const injected = (page: Page) => page.evaluate(() => [...document.querySelectorAll('*')].filter((e) =>
  [...e.attributes].some((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value))
  || (e.tagName === 'IMG' && e.getAttribute('src') === 'x') || e.tagName === 'svg' && e.closest('.panel, #list')).map((e) => e.outerHTML.slice(0, 80)));

describe('hostile article text', () => {
  it('reaches the data (the test would prove nothing otherwise)', () => {
    expect(hostile).toBeDefined();
    // The summary drops markup (no HTML reaches a title or summary); the source text keeps every byte of it.
    expect(hostile.summary).not.toContain('<img');
    expect(readFileSync(join(dir, 'site', 'data', 'sources', 'hostile.txt'), 'utf8')).toContain('<img src=x onerror=');
  });

  for (const file of ['index.html', ...(existsSync(join(DIST, 'embed.html')) ? ['embed.html'] : [])]) {
    it(`${file}: panel and full source text show it literally and run nothing`, async () => {
      const { page, dialogs } = await open(file);
      await page.evaluate((id) => window.nmgAtlas!.setState({ place: id }), hostile.places[0]);
      const card = page.locator(`#panel article.initiative[data-initiative="${hostile.id}"]`);
      await card.waitFor();
      const toggle = page.locator('#panel .fulltext-toggle').first();
      await toggle.click();
      const full = page.locator('#panel .fulltext').first();
      await full.waitFor({ state: 'visible' });
      await page.waitForFunction(() => (document.querySelector('#panel .fulltext')?.textContent ?? '').includes('<script>'));
      expect(await full.textContent()).toContain('<script>window.__pwned=1;alert(1)</script>');
      expect(await full.textContent()).toContain('\u202e');
      expect(await page.locator('#panel').textContent()).toContain('<img src=x onerror=');
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(await injected(page)).toEqual([]);
      await page.close();
    });
  }
});
