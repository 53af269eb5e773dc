/**
 * One page load, measured the same way for the app and the bare page: ms from navigation to ready (the app's
 * body[data-state=ready], the bare page's __idleAt), gzipped bytes of the responses received before ready, and the
 * longest main-thread task that started after first paint (what the issue compares; loading a page always blocks first).
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

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

/** Opens `url` in a new page and waits for ready; the caller may interact with `page` and must close it. */
export async function openAndWait(browser: Browser, url: string, viewport: { width: number; height: number }): Promise<LoadProbe> {
  const page = await browser.newPage({ viewport });
  await watchPage(page);
  const sizes: Promise<number>[] = [];
  page.on('response', (r) => sizes.push(r.body().then((b) => gzipSync(b).length, () => 0)));
  await page.goto(url);
  const t = await page.waitForFunction(() => (window as unknown as { __idleAt?: number }).__idleAt, null, { timeout: 120_000 });
  const idleMs = (await t.jsonValue()) as number;
  const before = sizes.slice(); // responses seen by the time ready was observed
  const bytesBeforeReadyGz = (await Promise.all(before)).reduce((a, b) => a + b, 0);
  return { idleMs, bytesBeforeReadyGz, page };
}

/** The longest task (ms) that started after the page's first paint, so far. */
export async function longestTaskAfterPaint(page: Page): Promise<number> {
  return page.evaluate(() => {
    const paint = performance.getEntriesByType('paint').find((e) => e.name === 'first-paint')?.startTime ?? 0;
    return Math.max(0, ...(window as unknown as { __long: { start: number; ms: number }[] }).__long.filter((t) => t.start >= paint).map((t) => t.ms));
  });
}
