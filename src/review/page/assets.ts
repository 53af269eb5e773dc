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

export interface Outline { leagues: { code: string; name: string; rings: [number, number][][] }[] }

function outline(): Outline {
  try {
    const fc = JSON.parse(readFileSync(repoPath('public/data/leagues.geojson'), 'utf8')) as {
      features: { properties: { code: string; name: string }; geometry: { type: string; coordinates: unknown } }[];
    };
    return {
      leagues: fc.features.map((f) => {
        const polys = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as [number, number][][][];
        const rings = polys.map((p) => p[0].filter((pt, i, all) => i === 0 || Math.hypot(pt[0] - all[i - 1][0], pt[1] - all[i - 1][1]) >= OUTLINE_STEP || i === all.length - 1)
          .map(([x, y]) => [Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000] as [number, number]));
        return { code: f.properties.code, name: f.properties.name, rings };
      }),
    };
  } catch {
    // Without `npm run data` there is no outline: the map shows the points alone.
    return { leagues: [] };
  }
}

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
