/**
 * `place-mentions/<chunk>.json`: every mention of the places of one chunk (mentionsChunk: a township, a banner, a league
 * or `none`), by place id, for the panels that show them. They are most of places.geojson in a real archive (51 of 73 MB at
 * 51,140 initiatives) and the first view needs none, so the place index only counts them (placeIndex.ts).
 */
import { collector, isObj } from './check.ts';
import { chunkAt, mentionsProblems, type Mention, type PlaceProperties } from './places.ts';

export const MENTIONS_DIR = 'place-mentions';
export const mentionsFile = (chunk: string): string => `${MENTIONS_DIR}/${chunk}.json`;

/** One mentions file: each of its places with at least one mention, by id, its mentions in places.geojson's order. */
export type PlaceMentionsFile = Record<string, Mention[]>;

/**
 * The mentions file a place's mentions go in: its township's (a village's, or the township's own), else its banner's or
 * league's, else `none`. A village's panel then fetches its township's mentions, not its banner's: in a real archive the
 * banner's own file is the largest (a banner is named thousands of times).
 */
export const mentionsChunk = (p: Pick<PlaceProperties, 'path'>): string => chunkAt(p.path, 'township');

/** What each mentions file must hold, from the places and their mention counts (the place index's): chunk → place id → count. */
export function expectedMentions(places: readonly Pick<PlaceProperties, 'id' | 'path'>[], counts: readonly number[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  places.forEach((p, k) => {
    if (!counts[k]) return;
    const chunk = mentionsChunk(p);
    if (!out.has(chunk)) out.set(chunk, new Map());
    out.get(chunk)!.set(p.id, counts[k]);
  });
  return out;
}

/** A mentions file checked against what the place index says it holds: exactly these places, with these many mentions each. */
export function validatePlaceMentions(data: unknown, expected: ReadonlyMap<string, number>): string[] {
  if (!isObj(data)) return ['place mentions: not an object'];
  const { problems, add } = collector();
  for (const id of Object.keys(data)) if (!expected.has(id)) add(id, 'not a place of this file');
  for (const [id, count] of expected) {
    const ms = data[id];
    if (!Array.isArray(ms) || ms.length !== count) { add(id, `needs its ${count} mentions`); continue; }
    mentionsProblems(add, id, ms);
  }
  return problems;
}
