/**
 * Each place's mentions (contract/placeMentions.ts), fetched per chunk file when a panel first needs them, checked
 * against the counts the place index gave, and kept: the one place the app reads `place-mentions/`.
 */
import { expectedMentions, mentionsChunk, mentionsFile, validatePlaceMentions, type Mention, type PlaceCollection, type PlaceMentionsFile, type PlaceProperties } from '../contract/index.ts';
import type { ChunkSource } from './details.ts';

export interface Mentions {
  /** The place's mentions; rejects naming the file and its problem when that file could not be had (asked again, it is fetched again). */
  of(place: Pick<PlaceProperties, 'id' | 'path'>): Promise<Mention[]>;
}

/** `counts`: each place's number of mentions, in `places`' order (decodePlaceIndex gives them). */
export function createMentions(places: readonly PlaceProperties[], counts: readonly number[], source: ChunkSource): Mentions {
  // Worked out on first use: a page that never opens a panel never walks the places for it.
  let expected: Map<string, Map<string, number>> | null = null;
  const files = new Map<string, Promise<PlaceMentionsFile>>();
  const file = (chunk: string, want: Map<string, number>) => {
    let p = files.get(chunk);
    if (!p) {
      p = source(chunk).then((data) => {
        const problems = validatePlaceMentions(data, want);
        if (problems.length) throw new Error(problems.slice(0, 3).join('; '));
        return data as PlaceMentionsFile;
      }).catch((e: unknown) => {
        files.delete(chunk);
        throw new Error(`${mentionsFile(chunk)}: ${e instanceof Error ? e.message : String(e)}`);
      });
      files.set(chunk, p);
    }
    return p;
  };
  return {
    async of(place) {
      const chunk = mentionsChunk(place);
      const want = (expected ??= expectedMentions(places, counts)).get(chunk);
      if (!want?.has(place.id)) return [];
      return (await file(chunk, want))[place.id];
    },
  };
}

/** For tools and tests that hold places.geojson: each place's mentions as it carries them. */
export function mentionsInHand(places: PlaceCollection): Mentions {
  const byId = new Map(places.features.map((f) => [f.properties.id, f.properties.mentions]));
  return { of: async (p) => byId.get(p.id) ?? [] };
}
