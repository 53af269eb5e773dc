/**
 * The review page's files, made when the server starts: the page script bundled with esbuild (it never goes into the
 * public atlas build), its HTML and CSS, MapLibre's worker and CSS, and the atlas's basemap and boundaries for its map.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { repoPath } from '../../gazetteer/index.ts';

export interface Asset { type: string; body: string }

const JS = 'text/javascript; charset=utf-8';
/** The public data the small map draws; absent before `npm run data`, and the map is then plain. */
const MAP_DATA = ['basemap.json', 'leagues.geojson', 'counties.geojson'];

/** Same origin only; MapLibre's worker is a file of this server (no blob: workers) and its control icons are data: URLs. */
export const REVIEW_CSP = "default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export async function pageAssets(): Promise<Record<string, Asset>> {
  const dir = import.meta.dirname;
  const maplibre = (f: string) => createRequire(import.meta.url).resolve(`maplibre-gl/dist/${f}`);
  const js = await build({ entryPoints: [join(dir, 'main.ts')], bundle: true, write: false, format: 'esm', target: 'es2022', minify: true, logLevel: 'silent' });
  const files: Record<string, Asset> = {
    '/': { type: 'text/html; charset=utf-8', body: readFileSync(join(dir, 'index.html'), 'utf8') },
    '/review.js': { type: JS, body: js.outputFiles[0].text },
    '/review.css': { type: 'text/css; charset=utf-8', body: readFileSync(join(dir, 'review.css'), 'utf8') },
    '/maplibre-gl-worker.mjs': { type: JS, body: readFileSync(maplibre('maplibre-gl-worker.mjs'), 'utf8') },
    '/maplibre-gl.css': { type: 'text/css; charset=utf-8', body: readFileSync(maplibre('maplibre-gl.css'), 'utf8') },
  };
  for (const f of MAP_DATA) {
    const path = repoPath(`public/data/${f}`);
    if (existsSync(path)) files[`/data/${f}`] = { type: 'application/json', body: readFileSync(path, 'utf8') };
  }
  return files;
}
