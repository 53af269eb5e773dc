/**
 * The review page's files, made when the server starts: the page script bundled with esbuild (it never goes into the
 * public atlas build), its HTML and CSS, and a light outline of the leagues for its small map.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { repoPath } from '../../gazetteer/index.ts';

export interface Asset { type: string; body: string }

/** Leagues as rings of [lon, lat], points closer than this (degrees) dropped: a thumbnail map needs no more. */
const OUTLINE_STEP = 0.04;

type Region = { code: string; name: string; rings: [number, number][][] };
export interface Outline { leagues: Region[]; counties: Region[] }

/** A ring with every point closer than OUTLINE_STEP to the last one kept dropped, rounded to 0.001°. */
function thin(ring: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [x, y] of ring) {
    const last = out[out.length - 1];
    if (!last || Math.hypot(x - last[0], y - last[1]) >= OUTLINE_STEP) out.push([Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000]);
  }
  return out;
}

/** The regions of one boundary file as light rings; none when `npm run data` has not made it. */
function regions(file: string): Region[] {
  try {
    const fc = JSON.parse(readFileSync(repoPath(`public/data/${file}`), 'utf8')) as {
      features: { properties: { code: string; name: string }; geometry: { type: string; coordinates: unknown } }[];
    };
    return fc.features.map((f) => {
      const polys = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as [number, number][][][];
      return { code: f.properties.code, name: f.properties.name, rings: polys.map((p) => thin(p[0])) };
    });
  } catch {
    // Without `npm run data` there is no outline: the map shows the points alone.
    return [];
  }
}

const outline = (): Outline => ({ leagues: regions('leagues.geojson'), counties: regions('counties.geojson') });

export async function pageAssets(): Promise<{ files: Record<string, Asset>; csp: string; outline: Outline }> {
  const dir = import.meta.dirname;
  const js = await build({ entryPoints: [join(dir, 'main.ts')], bundle: true, write: false, format: 'esm', target: 'es2022', minify: false, logLevel: 'silent' });
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  return {
    files: {
      '/': { type: 'text/html; charset=utf-8', body: html },
      '/review.js': { type: 'text/javascript; charset=utf-8', body: js.outputFiles[0].text },
      '/review.css': { type: 'text/css; charset=utf-8', body: readFileSync(join(dir, 'review.css'), 'utf8') },
    },
    csp: "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    outline: outline(),
  };
}
