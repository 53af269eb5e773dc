import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeInitiativeIndex, type Initiative } from '../contract/index.ts';
import { serveStatic, type StaticServer } from '../../test/browser/server.ts';
import { detailsFile } from '../contract/index.ts';
import { createDetails, httpChunkSource } from './details.ts';

// The files `npm run data` wrote, served over HTTP from a copy in which one details file is corrupt and one is gone.
const DATA = 'public/data';
const read = (f: string) => JSON.parse(readFileSync(join(DATA, f), 'utf8'));
const placeOrder = (read('places.geojson') as { features: { properties: { id: string } }[] }).features.map((f) => f.properties.id);
const index = decodeInitiativeIndex(read('initiative-index.json'), placeOrder).index!;
const records = new Map((read('initiatives.json') as Initiative[]).map((it) => [it.id, it]));
const placeIds = new Set(placeOrder);
const idsIn = (chunk: number) => index.initiatives.filter((e) => e.chunk === chunk).map((e) => e.id);
const [GOOD, CORRUPT, GONE] = [0, 1, 2];
let dir: string;
let server: StaticServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nmg-details-'));
  cpSync(DATA, dir, { recursive: true });
  const bad = read(detailsFile(index.chunks[CORRUPT])) as Record<string, unknown>[];
  writeFileSync(join(dir, detailsFile(index.chunks[CORRUPT])), JSON.stringify(bad.map((d) => ({ ...d, summary: 7 }))));
  rmSync(join(dir, detailsFile(index.chunks[GONE])));
  server = await serveStatic(dir);
});
afterAll(async () => { await server.close(); rmSync(dir, { recursive: true, force: true }); });

describe('the details module', () => {
  it('fetches only the chunk asked for, joins each record back to the pipeline\'s and tells subscribers once', async () => {
    const details = createDetails(index, httpChunkSource(server.url), placeIds);
    let calls = 0;
    details.subscribe(() => calls++);
    const ids = idsIn(GOOD);
    expect(details.get(ids[0])).toBeUndefined();
    const [first, again] = await Promise.all([details.load(ids), details.load(ids.slice(0, 1))]);
    expect([first, again, calls, details.version()]).toEqual([[], [], 1, 1]);
    for (const id of ids) expect(details.get(id)).toEqual(records.get(id));
    expect(details.get(idsIn(3)[0])).toBeUndefined();
    expect(details.settled()).toBe(false);
    await details.load(ids);
    expect(calls).toBe(1);
  });

  it('names the file and the problem when a details file is invalid or missing, and keeps the others', async () => {
    const details = createDetails(index, httpChunkSource(server.url), placeIds);
    const problems = await details.load([...idsIn(CORRUPT), ...idsIn(GONE), ...idsIn(GOOD)]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(new RegExp(`^initiative-details/${index.chunks[CORRUPT]}\\.json: .*summary must be a string`));
    expect(details.problem(idsIn(GONE)[0])).toBe(`initiative-details/${index.chunks[GONE]}.json: HTTP 404`);
    expect(details.get(idsIn(CORRUPT)[0])).toBeUndefined();
    expect(details.problem(idsIn(GOOD)[0])).toBeUndefined();
    expect(details.get(idsIn(GOOD)[0])).toEqual(records.get(idsIn(GOOD)[0]));
  });

  it('loads every file for loadAll and is then settled, failures included', async () => {
    const details = createDetails(index, httpChunkSource(server.url), placeIds);
    expect(await details.loadAll()).toHaveLength(2);
    expect(details.settled()).toBe(true);
    const loaded = index.initiatives.filter((e) => details.get(e.id));
    expect(loaded).toHaveLength(index.initiatives.length - idsIn(CORRUPT).length - idsIn(GONE).length);
    for (const e of loaded) expect(details.get(e.id)).toEqual(records.get(e.id));
  });
});
