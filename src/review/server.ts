/**
 * The review server: runs the pipeline over an input folder (incrementally, with its cache), serves the review page
 * and its API on 127.0.0.1, and re-runs the pipeline after every decision and every added article.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Initiative, PlaceCollection, Report } from '../contract/index.ts';
import { defaultGeoparser, runPipeline, type Geoparser, type RunSummary } from '../pipeline/index.ts';
import { saveArticle } from './articles.ts';
import { readCorrections, appendCorrections, staleCorrections } from './correctionsStore.ts';
import { affectedBy, articleResolver, correctionFor, ReviewError } from './decisions.ts';
import { articleMentions, doubtfulMentions, mentionView, parseMentionId } from './doubtful.ts';
import { contextSentence } from '../pipeline/resolve/contextSentence.ts';
import { BASE_HEADERS, checkHost, checkToken, HttpError, readJson, sendJson } from './http.ts';
import { pageAssets, REVIEW_CSP } from './page/assets.ts';
import { validateArticle, validateDecision } from './requests.ts';
import { searchUnits } from './search.ts';

export interface ReviewOptions {
  input: string;
  out: string;
  /** 0 picks a free port. */
  port?: number;
  geoparser?: Geoparser;
  /** Who the notes in corrections.csv name. */
  editor?: string;
}

export interface ReviewServer {
  url: string;
  secret: string;
  port: number;
  close(): Promise<void>;
}

/** An output file, or `empty` before the first run has written it. */
const readJsonFile = <T>(path: string, empty: T): T => (existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : empty);

export async function startReview(options: ReviewOptions): Promise<ReviewServer> {
  const gp = options.geoparser ?? defaultGeoparser();
  const { input, out } = options;
  const secret = randomBytes(24).toString('base64url');
  const articles = articleResolver(gp, input);
  const assets = await pageAssets();
  const editor = options.editor ?? process.env.USER ?? 'editor';

  // Runs never overlap: each waits for the one before it.
  let queue: Promise<unknown> = Promise.resolve();
  const rerun = (): Promise<RunSummary> => {
    const next = queue.then(() => runPipeline({ input, out, cache: join(out, '.cache'), geoparser: gp }));
    queue = next.catch(() => undefined);
    return next;
  };
  // An input folder without articles yet is fine: the editor can add the first one on the page.
  await rerun().catch((err: Error) => { if (!/^no \.txt files/.test(err.message)) throw err; });

  const outputs = () => ({
    report: readJsonFile<Report>(join(out, 'report.json'), { files: [], mentions: [], counts: {} }),
    places: readJsonFile<PlaceCollection>(join(out, 'places.geojson'), { type: 'FeatureCollection', features: [] }),
    initiatives: readJsonFile<Initiative[]>(join(out, 'initiatives.json'), []),
  });
  const sourceText = (file: string) => {
    const path = join(out, 'sources', file);
    return /^[^/\\]+\.txt$/i.test(file) && existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  };
  const corrections = () => {
    const read = readCorrections(input);
    const name = (code: string | null) => (code ? gp.gaz.get(code)?.name ?? code : null);
    const rows = read.rows.map((r) => ({ ...r, codeName: name(r.code), withinName: r.scope.kind === 'surface' ? name(r.scope.within) : null }));
    return { rows, errors: read.errors, stale: staleCorrections(read.rows, sourceText) };
  };

  const routes: Record<string, (req: IncomingMessage, url: URL) => Promise<unknown> | unknown> = {
    'GET /api/doubtful': () => { const o = outputs(); return doubtfulMentions(gp.gaz, o.report, o.initiatives, corrections().rows, sourceText); },
    'GET /api/mention': (_req, url) => {
      const where = parseMentionId(url.searchParams.get('id') ?? '');
      const text = where ? sourceText(where.file) : undefined;
      if (!where || text === undefined) throw new HttpError(404, 'no such mention');
      const o = outputs();
      const m = articleMentions(o.places, o.report, where.file).find((x) => x.start === where.start && x.end === where.end);
      if (!m) throw new HttpError(404, 'no such mention');
      const reported = o.report.mentions.find((x) => x.file === where.file && x.start === where.start && x.end === where.end);
      const context = contextSentence(text, m.start, m.end);
      return mentionView(gp.gaz, reported ?? { file: where.file, start: m.start, end: m.end, surface: m.surface, context, status: 'place', reason: 'on the map', rule: m.rule, code: m.code }, o.initiatives, text);
    },
    'GET /api/corrections': () => corrections(),
    'GET /api/articles': () => outputs().report.files.filter((f) => f.status === 'ok').map((f) => f.file),
    'GET /api/article': (_req, url) => {
      const file = url.searchParams.get('file') ?? '';
      const text = sourceText(file);
      if (text === undefined) throw new HttpError(404, `no article ${file}`);
      const o = outputs();
      return { file, text, mentions: articleMentions(o.places, o.report, file), initiatives: o.initiatives.filter((i) => i.file === file).map((i) => ({ id: i.id, title: i.title, start: i.start, end: i.end })) };
    },
    'GET /api/search': (_req, url) => searchUnits(gp.gaz, url.searchParams.get('q') ?? '', url.searchParams.get('near')),
    'GET /api/preview': (_req, url) => {
      const req = validateDecision({ id: url.searchParams.get('id'), action: 'confirm', scope: url.searchParams.get('scope') });
      if (typeof req === 'string') throw new HttpError(400, req);
      const row = correctionFor(gp, articles, req, '');
      const within = row.scope.kind === 'surface' ? gp.gaz.get(row.scope.within) : undefined;
      return { ...affectedBy(gp, articles, row), within: within ? { code: within.code, name: within.name } : null };
    },
    'POST /api/decisions': async (req) => {
      const body = validateDecision(await readJson(req));
      if (typeof body === 'string') throw new HttpError(400, body);
      const row = correctionFor(gp, articles, body, `${editor} ${new Date().toISOString()}`);
      const { mentions, files } = affectedBy(gp, articles, row);
      await appendCorrections(input, [row]);
      await rerun();
      return { applied: mentions, affectedFiles: files };
    },
    'POST /api/articles': async (req) => {
      const body = validateArticle(await readJson(req));
      if (typeof body === 'string') throw new HttpError(400, body);
      const file = await saveArticle(input, body);
      await rerun();
      const o = outputs();
      const places = articleMentions(o.places, o.report, file).filter((m) => m.name !== null);
      return { file, places, initiatives: o.initiatives.filter((i) => i.file === file).map((i) => ({ id: i.id, title: i.title, category: i.category })) };
    },
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, port: number) => {
    checkHost(req, port);
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (req.method === 'GET' && !url.pathname.startsWith('/api/')) {
      const asset = assets[url.pathname];
      if (!asset) throw new HttpError(404, 'not found');
      res.writeHead(200, { ...BASE_HEADERS, 'content-type': asset.type, 'content-security-policy': REVIEW_CSP }).end(asset.body);
      return;
    }
    checkToken(req, secret);
    const route = routes[`${req.method} ${url.pathname}`];
    if (!route) throw new HttpError(404, 'no such API');
    // Reads wait for a run in progress, so they never see its outputs half written.
    if (req.method === 'GET') await queue;
    sendJson(res, 200, await route(req, url));
  };

  let port = 0;
  const server: Server = createServer((req, res) => {
    handle(req, res, port).catch((err: Error) => {
      const status = err instanceof HttpError || err instanceof ReviewError ? err.status : 500;
      if (!res.headersSent) sendJson(res, status, { error: err.message });
      if (status === 413) req.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => { server.once('error', reject); server.listen(options.port ?? 0, '127.0.0.1', resolve); });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${secret}`,
    secret,
    port,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
