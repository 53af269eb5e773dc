/**
 * One page load, measured the same way for the app and the bare page: ms from navigation to ready (the app's
 * body[data-state=ready], the bare page's __idleAt), gzipped bytes of the responses received before ready, and the
 * longest main-thread task that started after first paint (what the issue compares; loading a page always blocks first).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

const gzCache = new Map<string, { mtime: number; gz: number }>();
/** Gzipped size of the file a URL path names under `root`, cached (Chromium drops bodies over its buffer size, so they are read from disk). */
function gzSizeOnDisk(root: string, pathname: string): number {
  let file = join(root, decodeURIComponent(pathname));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return 0;
  const mtime = statSync(file).mtimeMs;
  const hit = gzCache.get(file);
  if (hit?.mtime === mtime) return hit.gz;
  const gz = gzipSync(readFileSync(file)).length;
  gzCache.set(file, { mtime, gz });
  return gz;
}

export interface LoadProbe { idleMs: number; bytesBeforeReadyGz: number; page: Page }

/** Installs the ready and long-task observers; call before `page.goto`. */
export async function watchPage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __idleAt?: number; __long: { start: number; ms: number }[] };
    w.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__long.push({ start: e.startTime, ms: e.duration }); }).observe({ type: 'longtask', buffered: true });
    new MutationObserver(() => {
      if (document.body?.dataset.state === 'ready' && w.__idleAt === undefined) w.__idleAt = performance.now();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-state'] });
  });
}

/** Opens `url` (served from the folder `root`) in a new page and waits for ready; the caller may interact with `page` and must close it. */
export async function openAndWait(browser: Browser, url: string, root: string, viewport: { width: number; height: number }): Promise<LoadProbe> {
  const page = await browser.newPage({ viewport });
  await watchPage(page);
  const origin = new URL(url).origin;
  const paths: string[] = [];
  page.on('response', (r) => { const u = new URL(r.url()); if (u.origin === origin) paths.push(u.pathname); });
  await page.goto(url);
  const t = await page.waitForFunction(() => (window as unknown as { __idleAt?: number }).__idleAt, null, { timeout: 120_000 });
  const idleMs = (await t.jsonValue()) as number;
  // Responses seen by the time ready was observed.
  const bytesBeforeReadyGz = paths.slice().reduce((n, p) => n + gzSizeOnDisk(root, p), 0);
  return { idleMs, bytesBeforeReadyGz, page };
}

/** The longest task (ms) that started after the page's first paint, so far. */
export async function longestTaskAfterPaint(page: Page): Promise<number> {
  return page.evaluate(() => {
    const paint = performance.getEntriesByType('paint').find((e) => e.name === 'first-paint')?.startTime ?? 0;
    return Math.max(0, ...(window as unknown as { __long: { start: number; ms: number }[] }).__long.filter((t) => t.start >= paint).map((t) => t.ms));
  });
}

/** One category toggle as the scale bench times it: the app's legend checkbox clicked (the bare page: its `__bench.toggle`), ms until the map is idle. */
export async function toggleCategory(page: Page, category: string): Promise<number> {
  return page.evaluate(async (c) => {
    const w = window as unknown as { __nmgAtlasMap?: import('maplibre-gl').Map; __bench?: { toggle(c: string): Promise<number> } };
    if (w.__bench) return w.__bench.toggle(c);
    const map = w.__nmgAtlasMap!;
    const t0 = performance.now();
    document.querySelector<HTMLInputElement>(`#legend input[data-category="${c}"]`)!.click();
    await new Promise<void>((r) => { map.once('idle', () => r()); map.triggerRepaint(); });
    return performance.now() - t0;
  }, category);
}
