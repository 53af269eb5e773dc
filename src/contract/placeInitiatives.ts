/**
 * The rule that ties places.geojson to the initiatives beside it: each place's `initiatives` lists, once each, exactly
 * the initiatives whose `places` name it. The build checks it before it writes the app's files; the app's place index
 * then leaves the lists out, and the app works them out from the initiative index's positions (see placeIndex.ts).
 */
import type { PlaceFeature } from './places.ts';

/** Every place whose `initiatives` is not exactly the set of initiatives naming it (the build's full check). */
export function placeInitiativesProblems(places: readonly PlaceFeature[], initiatives: readonly { id: string; places: readonly string[] }[]): string[] {
  const naming = new Map<string, Set<string>>(places.map((f) => [f.properties.id, new Set()]));
  for (const it of initiatives) for (const p of it.places) naming.get(p)?.add(it.id);
  const problems: string[] = [];
  for (const f of places) {
    const listed = f.properties.initiatives;
    const want = naming.get(f.properties.id)!;
    const same = listed.length === want.size && new Set(listed).size === listed.length && listed.every((id) => want.has(id));
    if (!same) problems.push(`${f.properties.id}: lists initiatives ${listed.join(', ') || '(none)'}, but ${[...want].join(', ') || 'none'} name it`);
  }
  return problems;
}
