import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodePlaceIndex, DETAILS_DIR, FIRST_MARKERS_NAME, INITIATIVE_INDEX_FILE, MENTIONS_DIR, mentionsFile, PLACE_INDEX_FILE, type InitiativeIndexFile, type PlaceCollection } from '../contract/index.ts';
import { DEFAULTS } from '../app/defaults.ts';
import { placeIndex, visibleFor } from '../app/filter.ts';
import { indexedRecords } from '../app/indexedRecords.ts';
import { markerName } from '../app/map/markers.ts';
import { createMentions } from '../app/mentions.ts';
import { markerData } from '../app/map/sync.ts';
import { positionsOf } from '../app/positions.ts';
import type { AtlasData } from '../app/types.ts';
import { writeAppData } from './appData.ts';

// The seed pages' data as `npm run data` writes it (the unit tests run after it).
const fixtures = new URL('../../public/data/', import.meta.url);
const read = (f: string) => JSON.parse(readFileSync(new URL(f, fixtures), 'utf8'));
const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

/** A data folder as the pipeline and the basemap step leave it, without or with the region boundaries. */
function dataFolder(regions = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'nmg-appdata-'));
  dirs.push(dir);
  for (const f of ['places.geojson', 'initiatives.json', ...(regions ? ['leagues.geojson', 'counties.geojson'] : [])]) copyFileSync(new URL(f, fixtures), join(dir, f));
  return dir;
}
const indexIn = (dir: string) => JSON.parse(readFileSync(join(dir, INITIATIVE_INDEX_FILE), 'utf8')) as InitiativeIndexFile;

describe('writeAppData: the first view\'s markers', () => {
  it('writes the markers the app works out for a first visit, under a name from their hash that the index gives', () => {
    const dir = dataFolder();
    writeAppData(dir);
    const name = indexIn(dir).firstMarkers!;
    expect(name).toMatch(FIRST_MARKERS_NAME);
    const text = readFileSync(join(dir, name), 'utf8');
    expect(name).toBe(`first-markers-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.geojson`);
    // The app's own way for the default state: the visible set, as positions, through markerData with Chinese names.
    const places = read('places.geojson');
    const data: AtlasData = { places, ...indexedRecords(read('initiatives.json'), places), rollups: {}, leagues: read('leagues.geojson'),
      counties: read('counties.geojson'), units: read('gazetteer-lite.json') };
    const byId = placeIndex(data);
    const { itNo } = positionsOf(data);
    const its = Int32Array.from(visibleFor(data, DEFAULTS.state, byId).initiatives.map((id) => itNo.get(id)!));
    const expected = markerData(data, its, null, byId, markerName);
    expect(expected.features.length).toBeGreaterThan(5);
    expect(JSON.parse(text)).toEqual(expected);
  });

  it('replaces an earlier markers file and leaves files it did not write alone', () => {
    const dir = dataFolder();
    const stale = 'first-markers-0000000000000000.geojson';
    writeFileSync(join(dir, stale), '{}');
    writeFileSync(join(dir, 'first-markers-notes.txt'), 'mine');
    writeAppData(dir);
    const names = readdirSync(dir).filter((f) => f.startsWith('first-markers'));
    expect(names.sort()).toEqual([indexIn(dir).firstMarkers, 'first-markers-notes.txt'].sort());
    expect(existsSync(join(dir, stale))).toBe(false);
  });

  it('writes none, and the index names none, without the region boundaries the labels depend on', () => {
    const dir = dataFolder(false);
    writeAppData(dir);
    expect(indexIn(dir).firstMarkers).toBeUndefined();
    expect(readdirSync(dir).some((f) => FIRST_MARKERS_NAME.test(f))).toBe(false);
  });
});

describe('writeAppData: places and initiatives agree', () => {
  it('refuses a places.geojson whose place lists an initiative that does not name it, and writes no index', () => {
    const dir = dataFolder();
    const places = read('places.geojson');
    const listed = places.features.find((f: { properties: { initiatives: string[] } }) => f.properties.initiatives.length);
    const other = places.features.find((f: { properties: { initiatives: string[] } }) => f !== listed && f.properties.initiatives.length
      && !f.properties.initiatives.includes(listed.properties.initiatives[0]));
    other.properties.initiatives.push(listed.properties.initiatives[0]);
    writeFileSync(join(dir, 'places.geojson'), JSON.stringify(places));
    expect(() => writeAppData(dir)).toThrow(new RegExp(`places.geojson with initiatives.json violates the data contract:\\n  ${other.properties.id}: lists`));
    expect(existsSync(join(dir, INITIATIVE_INDEX_FILE))).toBe(false);
  });
});

describe('writeAppData: the place index', () => {
  it('writes places.geojson as the app reads it, under a stamp of its content that the initiative index repeats', () => {
    const dir = dataFolder();
    writeAppData(dir);
    const text = readFileSync(join(dir, PLACE_INDEX_FILE), 'utf8');
    const file = JSON.parse(text);
    const { stamp, ...body } = file;
    expect(stamp).toBe(createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 16));
    expect(indexIn(dir).placeStamp).toBe(stamp);
    const places = read('places.geojson');
    expect(decodePlaceIndex(file).places!.features).toEqual(places.features.map((f: PlaceCollection['features'][number]) => ({ ...f, properties: { ...f.properties, initiatives: [], mentions: [] } })));
    // The pipeline's own file stays as it was.
    expect(readFileSync(join(dir, 'places.geojson'), 'utf8')).toBe(readFileSync(new URL('places.geojson', fixtures), 'utf8'));
  });
});

describe('writeAppData: the places\' mentions', () => {
  it('writes every mention once, in the file of its place\'s township (else banner or league), and the app reads each place\'s back as places.geojson has them', async () => {
    const dir = dataFolder();
    mkdirSync(join(dir, MENTIONS_DIR));
    // A file of a chunk that no longer exists, and a reader's own file beside them.
    writeFileSync(join(dir, MENTIONS_DIR, '150999000000.json'), '{}');
    writeFileSync(join(dir, MENTIONS_DIR, 'notes.json'), 'mine');
    writeAppData(dir);
    const places = read('places.geojson') as PlaceCollection;
    const names = readdirSync(join(dir, MENTIONS_DIR)).sort();
    expect(names).toContain('notes.json');
    expect(names).not.toContain('150999000000.json');
    const files = names.filter((n) => n !== 'notes.json').map((n) => JSON.parse(readFileSync(join(dir, MENTIONS_DIR, n), 'utf8')) as Record<string, unknown[]>);
    expect(files.reduce((n, f) => n + Object.values(f).flat().length, 0)).toBe(places.features.reduce((n, f) => n + f.properties.mentions.length, 0));
    const { places: app, mentionCounts } = decodePlaceIndex(JSON.parse(readFileSync(join(dir, PLACE_INDEX_FILE), 'utf8')));
    const source = async (chunk: string) => JSON.parse(readFileSync(join(dir, mentionsFile(chunk)), 'utf8'));
    const mentions = createMentions(app!.features.map((f) => f.properties), mentionCounts!, source);
    for (const f of places.features) expect(await mentions.of(f.properties)).toEqual(f.properties.mentions);
    // Each file holds places of its own township (or banner, or league), and a township's places share one file.
    const byId = new Map(places.features.map((f) => [f.properties.id, f.properties]));
    names.filter((n) => n !== 'notes.json').forEach((n, k) => {
      for (const id of Object.keys(files[k])) expect(byId.get(id)!.path.map((step) => step.code)).toContain(n.slice(0, 12));
    });
    expect(files.some((f) => Object.keys(f).length > 1)).toBe(true);
  });
});

describe('writeAppData: the details files', () => {
  it('removes the details file of a chunk that no longer exists and leaves a reader\'s own file alone', () => {
    const dir = dataFolder();
    mkdirSync(join(dir, DETAILS_DIR));
    writeFileSync(join(dir, DETAILS_DIR, '150999000000.json'), '[]');
    writeFileSync(join(dir, DETAILS_DIR, 'notes.json'), 'mine');
    writeAppData(dir);
    const names = readdirSync(join(dir, DETAILS_DIR));
    expect(names).toContain('notes.json');
    expect(readFileSync(join(dir, DETAILS_DIR, 'notes.json'), 'utf8')).toBe('mine');
    expect(names).not.toContain('150999000000.json');
    expect(names.sort()).toEqual([...indexIn(dir).chunks.map((c: string) => `${c}.json`), 'notes.json'].sort());
  });
});
