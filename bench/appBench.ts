/**
 * App benchmark: time from navigation to first map idle, the app against a bare MapLibre page with the same
 * boundaries and points, measured alternately in one run; plus the gzipped sizes of what each page loads.
 */
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { launch } from '../test/browser/browser.ts';
import { serveStatic } from '../test/browser/server.ts';
import { longestTaskAfterPaint, openAndWait } from './loadProbe.ts';
import { median, ratio } from './stats.ts';

export const APP_BENCH_DEFAULTS = { runs: 7, viewport: { width: 1280, height: 800 } };

/** One load of `url` to ready: its time, bytes before ready and longest task after first paint. */
export async function measureLoad(browser: Browser, url: string, root: string, viewport: { width: number; height: number }) {
  const { idleMs, bytesBeforeReadyGz, page } = await openAndWait(browser, url, root, viewport);
  const longestTaskMs = await longestTaskAfterPaint(page);
  await page.close();
  return { idleMs, bytesBeforeReadyGz, longestTaskMs };
}

/** Gzipped bytes of every response a page fetches until it is ready (app and embed: body[data-state=ready]). */
async function pageBytes(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage({ viewport: APP_BENCH_DEFAULTS.viewport });
  const sizes: Promise<number>[] = [];
  page.on('response', (r) => sizes.push(r.body().then((b) => gzipSync(b).length, () => 0)));
  await page.goto(url);
  await page.waitForFunction(() => document.body?.dataset.state === 'ready', null, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await page.close();
  return total;
}

/** Gzipped bytes of the files under `dir` whose names match, split into MapLibre and the rest. */
export function assetSizes(dir: string): { maplibreJs: number; otherJs: number; css: number; files: Record<string, number> } {
  const files: Record<string, number> = {};
  let maplibreJs = 0, otherJs = 0, css = 0;
  for (const f of readdirSync(join(dir, 'assets'))) {
    const gz = gzipSync(readFileSync(join(dir, 'assets', f))).length;
    files[f] = gz;
    if (f.endsWith('.css')) css += gz;
    else if (/\.m?js$/.test(f)) {
      if (/maplibre/i.test(f)) maplibreJs += gz;
      else otherJs += gz;
    }
  }
  return { maplibreJs, otherJs, css, files };
}

/** Gzipped JS that index.html loads at start (entry and modulepreloads), MapLibre excluded. */
export function initialJs(dir: string): number {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.m?js)"/g)].map((m) => m[1]);
  return refs.filter((r) => !/maplibre/i.test(r)).reduce((n, r) => n + gzipSync(readFileSync(join(dir, r))).length, 0);
}

/** Builds the bare MapLibre baseline page into bench/out/bare (without data). */
export function buildBare(): void {
  execSync('npx vite build --config bench/vite.bare.config.ts', { stdio: 'ignore' });
}

export async function benchApp(runs = APP_BENCH_DEFAULTS.runs) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run data && npm run build` first');
  buildBare();
  cpSync('public/data', 'bench/out/bare/data', { recursive: true });
  const app = await serveStatic('dist');
  const bare = await serveStatic('bench/out/bare');
  const browser = await launch();
  const appRuns: Awaited<ReturnType<typeof measureLoad>>[] = [], bareRuns: typeof appRuns = [];
  let appBytes = 0, embedBytes = 0;
  try {
    appBytes = await pageBytes(browser, app.url);
    embedBytes = existsSync('dist/embed.html') ? await pageBytes(browser, `${app.url}embed.html`) : NaN;
    await measureLoad(browser, app.url, 'dist', APP_BENCH_DEFAULTS.viewport); // warm-up: OS file cache, Chromium start
    await measureLoad(browser, bare.url, 'bench/out/bare', APP_BENCH_DEFAULTS.viewport);
    for (let i = 0; i < runs; i++) {
      appRuns.push(await measureLoad(browser, app.url, 'dist', APP_BENCH_DEFAULTS.viewport));
      bareRuns.push(await measureLoad(browser, bare.url, 'bench/out/bare', APP_BENCH_DEFAULTS.viewport));
    }
  } finally {
    await browser.close();
    await app.close();
    await bare.close();
  }
  const sizes = assetSizes('dist');
  const bareSizes = assetSizes('bench/out/bare');
  return {
    runs,
    ...compareLoads(appRuns, bareRuns),
    appInitialJsBeyondMaplibreGz: initialJs('dist'), appAllJsBeyondMaplibreGz: sizes.otherJs, appCssGz: sizes.css, appMaplibreGz: sizes.maplibreJs,
    bareJsGz: bareSizes.otherJs + bareSizes.maplibreJs,
    pageBytesGz: { app: appBytes, embed: embedBytes, embedOverApp: ratio(embedBytes, appBytes) },
    loaderGz: existsSync('dist/embed.js') ? gzipSync(readFileSync('dist/embed.js')).length : NaN,
    appFiles: sizes.files,
  };
}

/** The fields from side-by-side loads: medians of idle, longest task after first paint and bytes before ready. */
export function compareLoads(app: { idleMs: number; longestTaskMs: number; bytesBeforeReadyGz: number }[], bare: typeof app) {
  const m = (xs: typeof app, k: keyof (typeof app)[number]) => median(xs.map((x) => x[k]));
  return {
    appIdleMs: m(app, 'idleMs'), bareIdleMs: m(bare, 'idleMs'), idleRatio: ratio(m(app, 'idleMs'), m(bare, 'idleMs')),
    appLongestTaskMs: m(app, 'longestTaskMs'), bareLongestTaskMs: m(bare, 'longestTaskMs'),
    longestTaskRatio: ratio(m(app, 'longestTaskMs'), m(bare, 'longestTaskMs')),
    bytesBeforeReadyGz: m(app, 'bytesBeforeReadyGz'), bareBytesBeforeReadyGz: m(bare, 'bytesBeforeReadyGz'),
  };
}
