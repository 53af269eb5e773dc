/**
 * The app's data from the pipeline's full records, as the build derives it: the index entries (with the list's title
 * and figure worked out by the app's own rules) and their details files, and for tools and tests that hold
 * initiatives.json, a details store with every file already in.
 */
import { splitInitiatives, type Initiative, type PlaceCollection, type PlaceProperties } from '../contract/index.ts';
import { createDetails, type Details } from './details.ts';
import { displayTitle } from './displayTitle.ts';
import { topFigure } from './list/rows.ts';

/** Splits the records into index and details files, the list's fields computed as the list would from the records. */
export function splitForApp(all: Initiative[], places: PlaceCollection) {
  const byId = new Map<string, PlaceProperties>(places.features.map((f) => [f.properties.id, f.properties]));
  return splitInitiatives(all, (id) => byId.get(id)?.path,
    (it) => ({ lead: displayTitle(it), top: topFigure(it, it.places[0] ? byId.get(it.places[0]) : undefined, byId) }));
}

/** The index entries and a details store holding every record, checked as the app checks fetched files. */
export function indexedRecords(all: Initiative[], places: PlaceCollection): { initiatives: ReturnType<typeof splitForApp>['index']['initiatives']; details: Details } {
  const { index, details } = splitForApp(all, places);
  const missing = (name: string) => Promise.reject(new Error(`${name} is not in hand`));
  return { initiatives: index.initiatives, details: createDetails(index, missing, new Set(places.features.map((f) => f.properties.id)), details) };
}
