/**
 * Fetches everything the app needs from data/ and checks it against the contract, collecting all problems
 * so the error view can say exactly what is missing or malformed instead of showing a blank map.
 */
import { decodeInitiativeIndexSteps, FIRST_VIEW_FILES as F, INITIATIVE_INDEX_FILE, validateBasemap, validateLiteUnits, validatePlaces, validateRegions, validateRollups } from '../contract/index.ts';
import { createDetails, httpChunkSource } from './details.ts';
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

/** Loads and validates what the first view needs (details come later, see details.ts); throws DataError listing every problem found. */
export async function loadAtlasData(): Promise<AtlasData> {
  const problems: string[] = [];
  const [places, indexFile, rollups, leagues, counties, units] = await Promise.all(
    [F.places, F.index, F.rollups, F.leagues, F.counties, F.units].map((n) => fetchJson(n, problems)),
  );
  if (problems.length) throw new DataError(problems);
  const placeProblems = validatePlaces(places);
  const ids = placeProblems.length ? undefined
    : new Set((places as AtlasData['places']).features.map((f) => f.properties.id));
  await yieldToPage();
  const decoded = await inSlices(decodeInitiativeIndexSteps(indexFile, ids, INDEX_SLICE));
  await yieldToPage();
  problems.push(
    ...placeProblems.map((p) => `places.geojson: ${p}`),
    ...decoded.problems.map((p) => `${INITIATIVE_INDEX_FILE}: ${p}`),
    ...validateRollups(rollups).map((p) => `rollups.json: ${p}`),
    ...validateRegions('leagues.geojson', leagues),
    ...validateRegions('counties.geojson', counties),
    ...validateLiteUnits(units),
  );
  if (problems.length) throw new DataError(problems);
  const index = decoded.index!;
  // The typed positions the app's visibility and markers read (see positions.ts), worked out in a task of their own.
  await yieldToPage();
  positionsOf({ places: places as AtlasData['places'], initiatives: index.initiatives });
  await yieldToPage();
  return { places, initiatives: index.initiatives, details: createDetails(index, httpChunkSource(DATA_BASE), ids), rollups, leagues, counties, units } as AtlasData;
}

/** The decoded text of one source file, for the full-text view. */
export async function loadSource(file: string): Promise<string> {
  const res = await fetch(`${DATA_BASE}sources/${encodeURIComponent(file)}`);
  if (!res.ok) throw new Error(`sources/${file}: HTTP ${res.status}`);
  return res.text();
}

/** The basemap (countries, provinces, water): checked like the rest, so a broken file shows the error view, not a bare map. */
export async function loadBasemap(): Promise<GeoJSON.FeatureCollection | null> {
  const problems: string[] = [];
  const fc = await fetchJson(F.basemap, problems);
  if (!problems.length) problems.push(...validateBasemap(fc));
  if (problems.length) throw new DataError(problems);
  return fc as GeoJSON.FeatureCollection;
}
