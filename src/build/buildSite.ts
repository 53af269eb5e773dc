/**
 * buildSite: archive → complete static site. Runs the pipeline into a temporary folder (no cache), adds the
 * boundaries and basemap, and builds the app and the embed loader into `out` with relative URLs, so the folder works
 * from any static server under any path prefix. Nothing but the site is ever written into `out`.
 */
import { MANIFEST_FILE } from '../pipeline/run/ownedFiles.ts';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { buildBasemap } from '../../scripts/build-basemap.ts';
import { buildGazetteer } from '../gazetteer/build/index.ts';
import { GAZETTEER_DEFAULTS, repoPath } from '../gazetteer/index.ts';
import { InputError } from '../pipeline/run/inputError.ts';
import { runPipeline, type RunSummary } from '../pipeline/run/run.ts';
import { writeAppData } from './appData.ts';
import type { LIMITS } from '../pipeline/run/limits.ts';

/** What a built site holds at its top level; `out` may be replaced only when it holds nothing else. */
export const SITE_ENTRIES = ['index.html', 'embed.html', 'embed.js', 'assets', 'data', 'favicon.svg'];
/** Data files that do not depend on the archive: boundaries, the lite gazetteer, the basemap. */
const STATIC_DATA = ['leagues.geojson', 'counties.geojson', 'gazetteer-lite.json', 'basemap.json'];

export interface SiteOptions {
  input: string;
  out: string;
  /** Replaces the atlas's title on both pages. */
  title?: string;
  limits?: Partial<typeof LIMITS>;
  onProgress?: (done: number, total: number, bytes: number) => void;
}

/** Refuses an output folder that holds anything but an earlier site, so that no one's files are ever replaced. */
export function checkOutDir(out: string): void {
  if (!existsSync(out)) return;
  if (!statSync(out).isDirectory()) throw new InputError(`--out "${out}" is a file, not a folder`);
  const foreign = readdirSync(out).filter((e) => !SITE_ENTRIES.includes(e));
  if (foreign.length) throw new InputError(`--out "${out}" holds files that are not an atlas site (${foreign.slice(0, 5).join(', ')}); give an empty or new folder`);
}

/** The archive-independent data files, copied from an earlier `npm run data` or built afresh into `dir`. */
async function staticData(dir: string): Promise<void> {
  const pub = repoPath(GAZETTEER_DEFAULTS.publicDir);
  if (STATIC_DATA.every((f) => existsSync(join(pub, f))) && existsSync(repoPath(GAZETTEER_DEFAULTS.gazetteerFile))) {
    for (const f of STATIC_DATA) copyFileSync(join(pub, f), join(dir, f));
    return;
  }
  await buildGazetteer({ publicDir: dir, quiet: true });
  await buildBasemap(dir);
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' } as Record<string, string>)[c]};`);

/** Puts the site's own title into the page and a meta tag the app reads instead of its default title. */
function setTitle(page: string, title: string): void {
  const html = readFileSync(page, 'utf8');
  const t = escapeHtml(title);
  writeFileSync(page, html.replace(/<title>[^<]*<\/title>/, `<title>${t}</title>\n    <meta name="nmg-atlas-title" content="${t}">`)
    .replace(/(<h1 id="app-title">)[^<]*(<\/h1>)/, `$1${t}$2`));
}

export async function buildSite(o: SiteOptions): Promise<RunSummary> {
  checkOutDir(o.out);
  const tmp = mkdtempSync(join(tmpdir(), 'nmg-site-'));
  try {
    const data = join(tmp, 'public', 'data');
    mkdirSync(data, { recursive: true });
    // The gazetteer first: the pipeline reads it.
    await staticData(data);
    const summary = await runPipeline({ input: o.input, out: data, limits: o.limits, onProgress: o.onProgress });
    // The pipeline's record of what it wrote belongs to its working folder, not to the published site.
    rmSync(join(data, MANIFEST_FILE), { force: true });
    // The app reads its index and details files, derived from the pipeline's output.
    writeAppData(data);
    copyFileSync(repoPath('public/favicon.svg'), join(tmp, 'public', 'favicon.svg'));
    const root = repoPath('.');
    await build({ root, configFile: join(root, 'vite.config.ts'), publicDir: join(tmp, 'public'), logLevel: 'warn',
      build: { outDir: resolve(o.out), emptyOutDir: true } });
    await build({ root, configFile: join(root, 'vite.loader.config.ts'), logLevel: 'warn', build: { outDir: resolve(o.out), emptyOutDir: false } });
    if (o.title) for (const page of ['index.html', 'embed.html']) setTitle(join(o.out, page), o.title);
    return summary;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
