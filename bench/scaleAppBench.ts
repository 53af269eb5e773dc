/**
 * App at scale: 10,000 synthetic places and 50,000 initiatives (bench/makeAtlasData.ts) in the built app and in the
 * bare MapLibre page with the same points, opened alternately: time to first idle, bytes before ready, the time a
 * category toggle takes to settle and the longest main-thread task after first paint; (app only) region selection.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Initiative } from '../src/contract/index.ts';
import { loadGazetteer } from '../src/gazetteer/index.ts';
import { mainCategory } from '../src/app/filter.ts';
import { writeAppData } from '../src/build/appData.ts';
import { launch } from '../test/browser/browser.ts';
import { serveStatic } from '../test/browser/server.ts';
import { buildBare, compareLoads, measureLoad } from './appBench.ts';
import { longestTaskAfterPaint, openAndWait } from './loadProbe.ts';
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
  writeAppData(app);
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

/** The app: loaded to ready, then its legend checkbox clicked and the map's next idle awaited, `toggles` times; then a region set through the API. */
async function appRun(browser: Browser, url: string, root: string, o: typeof SCALE_BENCH_DEFAULTS, category: string, region: string) {
  const { idleMs, bytesBeforeReadyGz, page } = await openAndWait(browser, url, root, o.viewport);
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
  // The issue compares loading and toggling with the bare page; region selection (which the bare page cannot do) is reported apart.
  const longestTaskMs = await longestTaskAfterPaint(page);
  const regionMs = await page.evaluate(async (r) => { const t0 = performance.now(); await window.nmgAtlas!.setState({ region: r }); return performance.now() - t0; }, region);
  const visible = await page.evaluate(() => window.nmgAtlas!.getVisiblePlaces().length);
  const longestWithRegionMs = await longestTaskAfterPaint(page);
  await page.close();
  return { idleMs, bytesBeforeReadyGz, longestTaskMs, toggles, regionMs, visibleInRegion: visible, longestWithRegionMs };
}

/** The bare page: loaded to ready, then `setData` with the other categories' points until idle, `toggles` times. */
async function bareRun(browser: Browser, url: string, root: string, o: typeof SCALE_BENCH_DEFAULTS, category: string) {
  const { idleMs, bytesBeforeReadyGz, page } = await openAndWait(browser, url, root, o.viewport);
  const toggles: number[] = [];
  for (let i = 0; i < o.toggles; i++) toggles.push(await page.evaluate((c) => (window as unknown as { __bench: { toggle(c: string): Promise<number> } }).__bench.toggle(c), category));
  const longestTaskMs = await longestTaskAfterPaint(page);
  await page.close();
  return { idleMs, bytesBeforeReadyGz, longestTaskMs, toggles };
}

export async function benchScaleApp(o = SCALE_BENCH_DEFAULTS) {
  const { category, region } = writeSites(o);
  const app = await serveStatic(join(OUT, 'app'));
  const bare = await serveStatic(join(OUT, 'bare'));
  const browser = await launch();
  const apps: Awaited<ReturnType<typeof appRun>>[] = [], bares: Awaited<ReturnType<typeof bareRun>>[] = [];
  try {
    await measureLoad(browser, app.url, join(OUT, 'app'), o.viewport); // warm-up
    await measureLoad(browser, bare.url, join(OUT, 'bare'), o.viewport);
    for (let i = 0; i < o.runs; i++) {
      apps.push(await appRun(browser, app.url, join(OUT, 'app'), o, category, region));
      bares.push(await bareRun(browser, bare.url, join(OUT, 'bare'), o, category));
    }
  } finally {
    await browser.close();
    await app.close();
    await bare.close();
  }
  const appToggle = apps.flatMap((a) => a.toggles), bareToggle = bares.flatMap((b) => b.toggles);
  return {
    places: o.places, initiatives: o.initiatives, runs: o.runs, toggledCategory: category, region, visibleInRegion: apps[0]?.visibleInRegion,
    ...compareLoads(apps, bares),
    appToggleMs: median(appToggle), bareToggleMs: median(bareToggle), toggleRatio: ratio(median(appToggle), median(bareToggle)),
    appRegionSelectMs: median(apps.map((a) => a.regionMs)), appLongestTaskWithRegionMs: median(apps.map((a) => a.longestWithRegionMs)),
  };
}
