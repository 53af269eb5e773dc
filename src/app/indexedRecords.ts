/**
 * The app's data from the pipeline's full records, as the build derives it: the index entries (with the list's title
 * and figure worked out by the app's own rules) and their details files, and for tools and tests that hold
 * initiatives.json, a details store with every file already in (and the places' mentions as places.geojson has them).
 */
import { splitInitiatives, type Initiative, type PlaceCollection, type PlaceProperties } from '../contract/index.ts';
import { createDetails, type Details } from './details.ts';
import { mentionsInHand, type Mentions } from './mentions.ts';
import { displayTitle } from './displayTitle.ts';
import { rowFor, topFigure } from './list/rows.ts';
import { compareTitles, sortRows } from './list/sort.ts';

/** Splits the records into index and details files, the list's fields (title, figure, title order) computed as the list would from the records. */
export function splitForApp(all: Initiative[], places: PlaceCollection) {
  const byId = new Map<string, PlaceProperties>(places.features.map((f) => [f.properties.id, f.properties]));
  const split = splitInitiatives(all, (id) => byId.get(id)?.path,
    (it) => ({ lead: displayTitle(it), top: topFigure(it, it.places[0] ? byId.get(it.places[0]) : undefined, byId) }));
  const entries = split.index.initiatives;
  const position = new Map(entries.map((e, i) => [e.id, i]));
  // Titles the collation holds equal share a rank, so the list still breaks their tie by id in either direction.
  let rank = -1;
  sortRows(entries.map((e) => rowFor(e, byId)), 'title', 'ascending').forEach((r, k, rows) => {
    if (k === 0 || compareTitles(rows[k - 1].title, r.title) !== 0) rank = k;
    entries[position.get(r.id)!].titleOrder = rank;
  });
  return split;
}

/** The index entries, a details store holding every record (checked as the app checks fetched files), and the places' own mentions. */
export function indexedRecords(all: Initiative[], places: PlaceCollection): { initiatives: ReturnType<typeof splitForApp>['index']['initiatives']; details: Details; mentions: Mentions } {
  const { index, details } = splitForApp(all, places);
  const missing = (name: string) => Promise.reject(new Error(`${name} is not in hand`));
  return { initiatives: index.initiatives, details: createDetails(index, missing, new Set(places.features.map((f) => f.properties.id)), details), mentions: mentionsInHand(places) };
}
