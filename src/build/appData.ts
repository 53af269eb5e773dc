/**
 * Derives the app's initiative files (see contract/initiativeIndex.ts) from the pipeline's initiatives.json and
 * places.geojson in `dir`, checks them against the contract and writes them beside; the pipeline's files stay as they are.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertValid, decodeInitiativeIndex, encodeInitiativeIndex, validateInitiativeDetails, type Initiative, type PlaceCollection } from '../contract/index.ts';
import { splitForApp } from '../app/indexedRecords.ts';

export const APP_DATA_FILES = { index: 'initiative-index.json', details: 'initiative-details' } as const;

/** Writes the index and one details file per chunk; details files of chunks that no longer exist are removed. */
export function writeAppData(dir: string): { initiatives: number; chunks: number } {
  const all = JSON.parse(readFileSync(join(dir, 'initiatives.json'), 'utf8')) as Initiative[];
  const places = JSON.parse(readFileSync(join(dir, 'places.geojson'), 'utf8')) as PlaceCollection;
  // The list's title and figure are worked out here by the app's own rules, so the list needs no details file.
  const { index, details } = splitForApp(all, places);
  const placeIds = new Set(places.features.map((f) => f.properties.id));
  // Checked as the app will read it: the columns decoded back.
  const file = encodeInitiativeIndex(index);
  assertValid(APP_DATA_FILES.index, decodeInitiativeIndex(JSON.parse(JSON.stringify(file)), placeIds).problems);
  const byChunk = index.chunks.map((): typeof index.initiatives => []);
  for (const e of index.initiatives) byChunk[e.chunk].push(e);
  index.chunks.forEach((name, n) => assertValid(`${APP_DATA_FILES.details}/${name}.json`, validateInitiativeDetails(details.get(name), byChunk[n], placeIds)));
  const out = join(dir, APP_DATA_FILES.details);
  mkdirSync(out, { recursive: true });
  const keep = new Set(index.chunks.map((c) => `${c}.json`));
  for (const f of existsSync(out) ? readdirSync(out) : []) if (f.endsWith('.json') && !keep.has(f)) rmSync(join(out, f));
  for (const [name, records] of details) writeFileSync(join(out, `${name}.json`), JSON.stringify(records));
  writeFileSync(join(dir, APP_DATA_FILES.index), JSON.stringify(file));
  return { initiatives: index.initiatives.length, chunks: index.chunks.length };
}
