/**
 * App at scale: 10,000 synthetic places and 50,000 initiatives (bench/makeAtlasData.ts) in the built app and in the
 * bare MapLibre page with the same points, opened alternately: time to first idle, the time a category toggle takes
 * to settle, and (app only) region selection and the longest main-thread task, so a freeze would show.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Initiative } from '../src/contract/index.ts';
import { loadGazetteer } from '../src/gazetteer/index.ts';
import { mainCategory } from '../src/app/filter.ts';
import { launch } from '../test/browser/browser.ts';
import { serveStatic } from '../test/browser/server.ts';
import { buildBare, timeToIdle } from './appBench.ts';
import { makeAtlasData, ATLAS_DATA_DEFAULTS } from './makeAtlasData.ts';
import { median, ratio } from './stats.ts';

export const SCALE_BENCH_DEFAULTS = { ...ATLAS_DATA_DEFAULTS, runs: 5, toggles: 4, viewport: { width: 1280, height: 800 } };
const OUT = 'bench/out/scale';

/** Writes the app (dist/ with synthetic data) and the bare page (same boundaries, same points) under bench/out/scale. */
function writeSites(o: typeof SCALE_BENCH_DEFAULTS): { category: string; region: string } {
  const templates = JSON.parse(readFileSync('public/data/initiatives.json', 'utf8')) as Initiative[];
  const d = makeAtlasData([...loadGazetteer().units.values()], templates, o);
  rmSync(OUT, { recursive: true, force: true });
  cpSync('dist', join(OUT, 'app'), { recursive: true });
  buildBare();
  cpSync('bench/out/bare', join(OUT, 'bare'), { recursive: true });
  mkdirSync(join(OUT, 'bare', 'data'), { recursive: true });
  for (const f of ['leagues.geojson', 'counties.geojson']) cpSync(join('public/data', f), join(OUT, 'bare', 'data', f));
  const app = join(OUT, 'app', 'data');
  writeFileSync(join(app, 'places.geojson'), JSON.stringify(d.places));
  writeFileSync(join(app, 'initiatives.json'), JSON.stringify(d.initiatives));
  writeFileSync(join(app, 'rollups.json'), JSON.stringify(d.rollups));
  // The bare page gets each point with its main category, the one fact its toggle needs.
  const byId = new Map(d.initiatives.map((i) => [i.id, i]));
  const bare = d.places.features.map((f) => ({ type: 'Feature', geometry: f.geometry,
    properties: { id: f.properties.id, category: mainCategory(f.properties.initiatives.map((id) => byId.get(id)!)) } }));
  writeFileSync(join(OUT, 'bare', 'data', 'places.geojson'), JSON.stringify({ type: 'FeatureCollection', features: bare }));
  const counts = new Map<string, number>();
  for (const i of d.initiatives) counts.set(i.category, (counts.get(i.category) ?? 0) + 1);
  const region = Object.values(d.rollups).filter((r) => r.level === 'prefecture').sort((a, b) => b.initiatives - a.initiatives)[0].code;
  return { category: [...counts].sort((a, b) => b[1] - a[1])[0][0], region };
}

/** Records long tasks (main thread busy ≥ 50 ms) from the page's start. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__long.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  });
}

/** The app: legend checkbox clicked, then the map's next idle, `toggles` times; and a region set through the API. */
async function appInteractions(browser: Browser, url: string, o: typeof SCALE_BENCH_DEFAULTS, category: string, region: string) {
  const page = await browser.newPage({ viewport: o.viewport });
  await watchLongTasks(page);
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 120_000 });
  const toggles: number[] = [];
  for (let i = 0; i < o.toggles; i++) {
    toggles.push(await page.evaluate(async (c) => {
      const map = (window as unknown as { __nmgAtlasMap: import('maplibre-gl').Map }).__nmgAtlasMap;
      const t0 = performance.now();
      document.querySelector<HTMLInputElement>(`#legend input[data-category="${c}"]`)!.click();
      await new Promise<void>((r) => { map.once('idle', () => r()); map.triggerRepaint(); });
      return performance.now() - t0;
    }, category));
  }
  const regionMs = await page.evaluate(async (r) => { const t0 = performance.now(); await window.nmgAtlas!.setState({ region: r }); return performance.now() - t0; }, region);
  const visible = await page.evaluate(() => window.nmgAtlas!.getVisiblePlaces().length);
  const longest = await page.evaluate(() => Math.max(0, ...(window as unknown as { __long: number[] }).__long));
  await page.close();
  return { toggles, regionMs, visibleInRegion: visible, longestTaskMs: longest };
}

async function bareToggles(browser: Browser, url: string, o: typeof SCALE_BENCH_DEFAULTS, category: string): Promise<number[]> {
  const page = await browser.newPage({ viewport: o.viewport });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __idleAt?: number }).__idleAt, null, { timeout: 120_000 });
  const out: number[] = [];
  for (let i = 0; i < o.toggles; i++) out.push(await page.evaluate((c) => (window as unknown as { __bench: { toggle(c: string): Promise<number> } }).__bench.toggle(c), category));
  await page.close();
  return out;
}

export async function benchScaleApp(o = SCALE_BENCH_DEFAULTS) {
  const { category, region } = writeSites(o);
  const app = await serveStatic(join(OUT, 'app'));
  const bare = await serveStatic(join(OUT, 'bare'));
  const browser = await launch();
  const appIdle: number[] = [], bareIdle: number[] = [], appToggle: number[] = [], bareToggle: number[] = [], regionMs: number[] = [], longest: number[] = [];
  let visibleInRegion = 0;
  try {
    await timeToIdle(browser, app.url, o.viewport); // warm-up
    await timeToIdle(browser, bare.url, o.viewport);
    for (let i = 0; i < o.runs; i++) {
      appIdle.push(await timeToIdle(browser, app.url, o.viewport));
      bareIdle.push(await timeToIdle(browser, bare.url, o.viewport));
      const a = await appInteractions(browser, app.url, o, category, region);
      appToggle.push(...a.toggles);
      regionMs.push(a.regionMs);
      longest.push(a.longestTaskMs);
      visibleInRegion = a.visibleInRegion;
      bareToggle.push(...(await bareToggles(browser, bare.url, o, category)));
    }
  } finally {
    await browser.close();
    await app.close();
    await bare.close();
  }
  return {
    places: o.places, initiatives: o.initiatives, runs: o.runs, toggledCategory: category, region, visibleInRegion,
    appIdleMs: median(appIdle), bareIdleMs: median(bareIdle), idleRatio: ratio(median(appIdle), median(bareIdle)),
    appToggleMs: median(appToggle), bareToggleMs: median(bareToggle), toggleRatio: ratio(median(appToggle), median(bareToggle)),
    appRegionSelectMs: median(regionMs), appLongestTaskMs: median(longest),
  };
}
