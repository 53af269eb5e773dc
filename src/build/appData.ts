/**
 * Derives the app's initiative files (see contract/initiativeIndex.ts) from the pipeline's initiatives.json and
 * places.geojson in `dir`, checks them against the contract and writes them beside; the pipeline's files stay as they are.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertValid, decodeInitiativeIndex, DETAILS_DIR, detailsFile, encodeInitiativeIndex, entriesByChunk, INITIATIVE_INDEX_FILE, validateInitiativeDetails, type Initiative, type PlaceCollection } from '../contract/index.ts';
import { splitForApp } from '../app/indexedRecords.ts';

/** Writes the index and one details file per chunk; details files of chunks that no longer exist are removed. */
export function writeAppData(dir: string): { initiatives: number; chunks: number } {
  const all = JSON.parse(readFileSync(join(dir, 'initiatives.json'), 'utf8')) as Initiative[];
  const places = JSON.parse(readFileSync(join(dir, 'places.geojson'), 'utf8')) as PlaceCollection;
  // The list's title and figure are worked out here by the app's own rules, so the list needs no details file.
  const { index, details } = splitForApp(all, places);
  const placeIds = new Set(places.features.map((f) => f.properties.id));
  // Checked as the app will read it: the columns decoded back.
  const text = JSON.stringify(encodeInitiativeIndex(index));
  assertValid(INITIATIVE_INDEX_FILE, decodeInitiativeIndex(JSON.parse(text), placeIds).problems);
  const byChunk = entriesByChunk(index);
  index.chunks.forEach((name, n) => assertValid(detailsFile(name), validateInitiativeDetails(details.get(name), byChunk[n], placeIds)));
  const out = join(dir, DETAILS_DIR);
  mkdirSync(out, { recursive: true });
  const keep = new Set(index.chunks.map((c) => `${c}.json`));
  for (const f of existsSync(out) ? readdirSync(out) : []) if (f.endsWith('.json') && !keep.has(f)) rmSync(join(out, f));
  for (const [name, records] of details) writeFileSync(join(out, `${name}.json`), JSON.stringify(records));
  writeFileSync(join(dir, INITIATIVE_INDEX_FILE), text);
  return { initiatives: index.initiatives.length, chunks: index.chunks.length };
}
