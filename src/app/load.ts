/**
 * Fetches everything the app needs from data/ and checks it against the contract, collecting all problems
 * so the error view can say exactly what is missing or malformed instead of showing a blank map.
 */
import { decodeInitiativeIndexSteps, decodePlaceIndex, FIRST_MARKERS_NAME, FIRST_VIEW_FILES as F, INITIATIVE_INDEX_FILE, isObj, isStr, mentionsFile, PLACE_INDEX_FILE, validateBasemap, validateLiteUnits, validateRegions, validateRollups, type RegionCollection } from '../contract/index.ts';
import { createDetails, httpChunkSource } from './details.ts';
import { createMentions } from './mentions.ts';
import { positionsOf } from './positions.ts';
import { yieldToPage } from './yieldToPage.ts';
import type { AtlasData } from './types.ts';

/** Where the generated data lives, relative to the page. */
export const DATA_BASE = `${import.meta.env.BASE_URL}data/`;

export class DataError extends Error {
  constructor(readonly problems: string[]) {
    super(`data could not be loaded:\n${problems.join('\n')}`);
  }
}

async function fetchJson(name: string, problems: string[]): Promise<unknown> {
  try {
    const res = await fetch(DATA_BASE + name);
    if (!res.ok) { problems.push(`${name}: HTTP ${res.status}`); return null; }
    return await res.json();
  } catch (e) {
    problems.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}

/** Entries read or checked between two yields to the page, so that reading 50,000 leaves the page responsive. */
const INDEX_SLICE = 5_000;

/** Runs stepwise work (see decodeInitiativeIndexSteps), yielding to the page between its steps. */
async function inSlices<T>(steps: Generator<void, T>): Promise<T> {
  let r = steps.next();
  while (!r.done) { await yieldToPage(); r = steps.next(); }
  return r.value;
}

/** What the map starts from while the rest loads (see startMap.ts): the basemap and the league and banner boundaries. */
export interface MapFrame {
  basemap: GeoJSON.FeatureCollection;
  leagues: RegionCollection;
  counties: RegionCollection;
}

/** Loads and checks the frame, small files that arrive first; throws DataError listing every problem found. */
export async function loadFrame(): Promise<MapFrame> {
  const problems: string[] = [];
  const [basemap, leagues, counties] = await Promise.all([F.basemap, F.leagues, F.counties].map((n) => fetchJson(n, problems)));
  if (problems.length) throw new DataError(problems);
  problems.push(...validateBasemap(basemap), ...validateRegions('leagues.geojson', leagues), ...validateRegions('counties.geojson', counties));
  if (problems.length) throw new DataError(problems);
  return { basemap, leagues, counties } as MapFrame;
}

/**
 * Loads and validates what the first view needs (details come later, see details.ts), with the frame's problems if it
 * failed; throws DataError listing every problem found. As soon as the index is in, and before the long check, it hands
 * `firstMarkers` the address of the first view's markers file it names, for the map's worker to fetch meanwhile (an
 * index that then fails its check throws, and the caller removes the map).
 */
export async function loadAtlasData(frame: Promise<MapFrame>, firstMarkers: (url: string) => void = () => {}): Promise<AtlasData> {
  const problems: string[] = [];
  const framed = frame.catch((e: unknown) => { if (e instanceof DataError) { problems.push(...e.problems); return null; } throw e; });
  const [placeFile, indexFile, rollups, units] = await Promise.all([F.places, F.index, F.rollups, F.units].map((n) => fetchJson(n, problems)));
  const regions = await framed;
  if (problems.length || !regions) throw new DataError(problems);
  const named = isObj(indexFile) ? indexFile.firstMarkers : undefined;
  if (isStr(named) && FIRST_MARKERS_NAME.test(named)) firstMarkers(DATA_BASE + named);
  const { places, stamp, problems: placeProblems, mentionCounts } = decodePlaceIndex(placeFile);
  const order = places ? places.features.map((f) => f.properties.id) : [];
  // The index names places by position in the place index it was written with: read it only beside that one.
  const indexStamp = isObj(indexFile) ? indexFile.placeStamp : undefined;
  const paired = places !== null && (!isObj(indexFile) || indexStamp === stamp);
  await yieldToPage();
  const decoded = paired ? await inSlices(decodeInitiativeIndexSteps(indexFile, order, INDEX_SLICE)) : { index: null, problems: [] };
  await yieldToPage();
  problems.push(
    ...placeProblems.map((p) => `${PLACE_INDEX_FILE}: ${p}`),
    ...decoded.problems.map((p) => `${INITIATIVE_INDEX_FILE}: ${p}`),
    ...validateRollups(rollups).map((p) => `rollups.json: ${p}`),
    ...validateLiteUnits(units),
  );
  if (places && !paired) problems.push(`${INITIATIVE_INDEX_FILE} was not written with this ${PLACE_INDEX_FILE} (stamps ${String(indexStamp)} and ${stamp}): build the app data again`);
  const index = decoded.index;
  if (problems.length || !index || !places) throw new DataError(problems);
  // The typed positions the app's visibility and markers read (see positions.ts), worked out in a task of their own;
  // each place's initiatives are the ones naming it, in index order (contract/placeInitiatives.ts).
  await yieldToPage();
  const { placeIts: { start, list } } = positionsOf({ places, initiatives: index.initiatives }, decoded.positions);
  // A plain loop: Array.from over 10,000 subarrays with a mapper took four times as long.
  places.features.forEach((f, k) => {
    const ids = new Array<string>(start[k + 1] - start[k]);
    for (let j = start[k]; j < start[k + 1]; j++) ids[j - start[k]] = index.initiatives[list[j]].id;
    f.properties.initiatives = ids;
  });
  await yieldToPage();
  return { places, initiatives: index.initiatives, details: createDetails(index, httpChunkSource(DATA_BASE), new Set(order)),
    mentions: createMentions(places.features.map((f) => f.properties), mentionCounts!, httpChunkSource(DATA_BASE, mentionsFile)), rollups,
    leagues: regions.leagues, counties: regions.counties, units } as AtlasData;
}

/** The decoded text of one source file, for the full-text view. */
export async function loadSource(file: string): Promise<string> {
  const res = await fetch(`${DATA_BASE}sources/${encodeURIComponent(file)}`);
  if (!res.ok) throw new Error(`sources/${file}: HTTP ${res.status}`);
  return res.text();
}
