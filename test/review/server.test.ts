import { request } from 'node:http';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlaceCollection } from '../../src/contract/index.ts';
import { startReview, type ReviewServer } from '../../src/review/server.ts';
import { DALAT, occurrences, reviewFolder, SHULINZHAO } from './fixtures.ts';

let server: ReviewServer;
const dirs = reviewFolder();
const base = () => `http://127.0.0.1:${server.port}`;
const api = (path: string, init: RequestInit = {}, token = server.secret) =>
  fetch(`${base()}${path}`, { ...init, headers: { 'x-review-token': token, 'content-type': 'application/json', ...(init.headers ?? {}) } });
const post = (path: string, body: unknown) => api(path, { method: 'POST', body: JSON.stringify(body) });
const places = () => JSON.parse(readFileSync(join(dirs.out, 'places.geojson'), 'utf8')) as PlaceCollection;

beforeAll(async () => { server = await startReview({ ...dirs, port: 0, editor: 'test' }); }, 60_000);
afterAll(async () => { await server?.close(); });

describe('review API', () => {
  it('prints an address on 127.0.0.1 with a fresh secret per run', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.secret}`);
    expect(server.secret.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses the API without the secret, and a request for another host name', async () => {
    expect((await api('/api/doubtful', {}, 'wrong')).status).toBe(403);
    const status = await new Promise<number>((resolve) => {
      request({ host: '127.0.0.1', port: server.port, path: '/', headers: { host: `localhost:${server.port}` } }, (res) => resolve(res.statusCode ?? 0)).end();
    });
    expect(status).toBe(403);
  });

  it('lists the bare 树林召 as doubtful with 树林召镇 as first candidate', async () => {
    const list = (await (await api('/api/doubtful')).json()) as { surface: string; candidates: { code: string }[]; reason: string; file: string }[];
    const bare = list.filter((m) => m.surface === '树林召');
    expect(bare.map((m) => m.file).sort()).toEqual(['market.txt', 'market.txt', 'training.txt', 'training.txt']);
    expect(bare[0].candidates[0].code).toBe(SHULINZHAO);
    expect(bare[0].reason).toBe('unresolved');
  });

  it('refuses malformed and oversized bodies with a reason', async () => {
    const bad = await post('/api/decisions', { id: 'market.txt:1:2', action: 'delete', scope: 'mention' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/action/);
    expect((await post('/api/decisions', { id: '../etc/passwd:1:2', action: 'reject', scope: 'mention' })).status).toBe(400);
    expect((await post('/api/articles', { text: '草原', extra: 1 })).status).toBe(400);
    const big = await post('/api/articles', { text: '草'.repeat(400_000) }).catch(() => null);
    expect(big === null || big.status === 413).toBe(true);
    expect((await api('/api/decisions', { method: 'POST', body: '{}', headers: { 'content-type': 'text/plain' } })).status).toBe(415);
  });

  it('says how many mentions a surface decision will change, then makes them places after the re-run', async () => {
    const [first] = occurrences('training.txt', '树林召');
    const id = `training.txt:${first}:${first + 3}`;
    const preview = (await (await api(`/api/preview?id=${encodeURIComponent(id)}&scope=surface`)).json()) as { mentions: number; files: string[]; within: { code: string } };
    expect(preview).toEqual({ mentions: 4, files: ['market.txt', 'training.txt'], within: { code: DALAT, name: '达拉特旗' } });
    const r = await post('/api/decisions', { id, action: 'assign', code: SHULINZHAO, scope: 'surface' });
    expect(await r.json()).toEqual({ applied: 4, affectedFiles: ['market.txt', 'training.txt'] });
    const town = places().features.find((f) => f.properties.code === SHULINZHAO)!;
    expect(town.properties.mentions.filter((m) => m.surface === '树林召')).toHaveLength(4);
  });

  it('answers a decision about a deleted article with a conflict, and keeps serving', async () => {
    const [at] = occurrences('herder.txt', '乌达木');
    rmSync(join(dirs.input, 'herder.txt'));
    const r = await post('/api/decisions', { id: `herder.txt:${at}:${at + 2}`, action: 'reject', scope: 'mention' });
    expect(r.status).toBe(409);
    expect(((await r.json()) as { error: string }).error).toMatch(/no longer in the input/);
    expect((await api('/api/doubtful')).status).toBe(200);
  });
});
