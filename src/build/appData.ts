/**
 * Derives the app's files (contract/placeIndex.ts, placeMentions.ts, initiativeIndex.ts, firstMarkers.ts) from the pipeline's
 * initiatives.json and places.geojson in `dir`, checks them against the contract and writes them beside; the pipeline's files stay as they are.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { assertValid, CHUNK_NAME, decodeInitiativeIndex, decodePlaceIndex, encodePlaceIndex, expectedMentions, MENTIONS_DIR, validatePlaceMentions, PLACE_INDEX_FILE, DETAILS_DIR, detailsFile, encodeInitiativeIndex, entriesByChunk, FIRST_MARKERS_NAME, firstMarkersFile, INITIATIVE_INDEX_FILE, placeInitiativesProblems, validateInitiativeDetails, validateMarkers, validateRegions, type Initiative, type InitiativeIndex, type PlaceCollection, type RegionCollection } from '../contract/index.ts';
import { splitForApp } from '../app/indexedRecords.ts';
import { firstViewMarkers } from '../app/map/firstMarkers.ts';

/**
 * Writes the first view's markers (contract/firstMarkers.ts) and returns the file's name, or null when `dir` has no
 * league and banner boundaries (the markers' labels depend on them) and the app is to work the markers out itself.
 * Earlier first-markers files are removed: only this step writes files under that name.
 */
function writeFirstMarkers(dir: string, places: PlaceCollection, placeIds: Set<string>, index: InitiativeIndex): string | null {
  const regions = ['leagues.geojson', 'counties.geojson'].map((f) => join(dir, f));
  let name: string | null = null;
  if (regions.every(existsSync)) {
    const [leagues, counties] = regions.map((f) => JSON.parse(readFileSync(f, 'utf8')) as RegionCollection);
    assertValid('leagues.geojson', validateRegions('leagues.geojson', leagues));
    assertValid('counties.geojson', validateRegions('counties.geojson', counties));
    const markers = firstViewMarkers({ places, initiatives: index.initiatives, leagues, counties });
    assertValid('first markers', validateMarkers(markers, placeIds));
    const text = JSON.stringify(markers);
    name = firstMarkersFile(createHash('sha256').update(text).digest('hex').slice(0, 16));
    writeFileSync(join(dir, name), text);
  }
  for (const f of readdirSync(dir)) if (FIRST_MARKERS_NAME.test(f) && f !== name) rmSync(join(dir, f));
  return name;
}

/** The app's place index (contract/placeIndex.ts), stamped with a hash of its content and checked as the app will read it. */
function placeIndexText(places: PlaceCollection): { stamp: string; text: string } {
  const body = encodePlaceIndex(places);
  const stamp = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 16);
  const text = JSON.stringify({ stamp, ...body });
  const back = decodePlaceIndex(JSON.parse(text));
  assertValid(PLACE_INDEX_FILE, back.problems);
  // Read back, it is places.geojson but for the initiatives the app works out from the index and the mentions it counts.
  const strip = (c: PlaceCollection) => c.features.map((f) => ({ ...f, id: f.properties.id, properties: { ...f.properties, initiatives: [], mentions: [] } }));
  const counted = isDeepStrictEqual(back.mentionCounts, places.features.map((f) => f.properties.mentions.length));
  if (!counted || !isDeepStrictEqual(strip(back.places!), strip(places))) throw new Error(`${PLACE_INDEX_FILE} does not read back as places.geojson`);
  return { stamp, text };
}

/** Removes the chunk files of `out` whose chunk is not in `keep`: only files of this step's naming, so a reader's own stay. */
function removeStaleChunks(out: string, keep: ReadonlySet<string>): void {
  for (const f of existsSync(out) ? readdirSync(out) : []) {
    const chunk = f.endsWith('.json') ? f.slice(0, -'.json'.length) : '';
    if (CHUNK_NAME.test(chunk) && !keep.has(chunk)) rmSync(join(out, f));
  }
}

/** Writes each chunk's mentions file (contract/placeMentions.ts), checked against the counts the place index carries; removes those of chunks gone. */
function writeMentions(dir: string, places: PlaceCollection): void {
  const props = places.features.map((f) => f.properties);
  const mentionsOf = new Map(props.map((p) => [p.id, p.mentions]));
  const expected = expectedMentions(props, props.map((p) => p.mentions.length));
  const out = join(dir, MENTIONS_DIR);
  mkdirSync(out, { recursive: true });
  const files = new Map([...expected].map(([chunk, want]) => [chunk, JSON.stringify(Object.fromEntries([...want.keys()].map((id) => [id, mentionsOf.get(id)])))]));
  for (const [chunk, text] of files) assertValid(`${MENTIONS_DIR}/${chunk}.json`, validatePlaceMentions(JSON.parse(text), expected.get(chunk)!));
  removeStaleChunks(out, new Set(files.keys()));
  for (const [chunk, text] of files) writeFileSync(join(out, `${chunk}.json`), text);
}

/** Writes the place index, the initiative index, one details file per chunk and the first view's markers; files of chunks that no longer exist are removed. */
export function writeAppData(dir: string): { initiatives: number; chunks: number } {
  const all = JSON.parse(readFileSync(join(dir, 'initiatives.json'), 'utf8')) as Initiative[];
  const places = JSON.parse(readFileSync(join(dir, 'places.geojson'), 'utf8')) as PlaceCollection;
  // The app works each place's initiatives out from the index (contract/placeInitiatives.ts): the two files must agree.
  assertValid('places.geojson with initiatives.json', placeInitiativesProblems(places.features, all));
  // The list's title and figure are worked out here by the app's own rules, so the list needs no details file.
  const { index, details } = splitForApp(all, places);
  const order = places.features.map((f) => f.properties.id);
  const placeIds = new Set(order);
  const firstMarkers = writeFirstMarkers(dir, places, placeIds, index);
  if (firstMarkers) index.firstMarkers = firstMarkers;
  const placeIndex = placeIndexText(places);
  index.placeStamp = placeIndex.stamp;
  // Checked as the app will read it: the columns decoded back.
  const text = JSON.stringify(encodeInitiativeIndex(index, order));
  assertValid(INITIATIVE_INDEX_FILE, decodeInitiativeIndex(JSON.parse(text), order).problems);
  const byChunk = entriesByChunk(index);
  index.chunks.forEach((name, n) => assertValid(detailsFile(name), validateInitiativeDetails(details.get(name), byChunk[n], placeIds)));
  const out = join(dir, DETAILS_DIR);
  mkdirSync(out, { recursive: true });
  removeStaleChunks(out, new Set(index.chunks));
  for (const [name, records] of details) writeFileSync(join(out, `${name}.json`), JSON.stringify(records));
  writeMentions(dir, places);
  writeFileSync(join(dir, PLACE_INDEX_FILE), placeIndex.text);
  writeFileSync(join(dir, INITIATIVE_INDEX_FILE), text);
  return { initiatives: index.initiatives.length, chunks: index.chunks.length };
}
