/**
 * The rule that ties places.geojson to the initiatives beside it: each place's `initiatives` lists, once each, exactly
 * the initiatives whose `places` name it. The app then works out each place's initiatives from the index alone (its
 * positions, without looking 65,000 ids up at 50,000 initiatives), so the build checks the rule in full and the app,
 * where it loads both files, checks the counts the rule implies.
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

/**
 * The same rule as counts: `start[k + 1] - start[k]` initiatives name place `k` (see the app's positions), which must be
 * the length of its `initiatives`. Two files from different runs almost never agree on every count.
 */
export function placeCountProblems(places: readonly PlaceFeature[], start: Int32Array): string[] {
  const problems: string[] = [];
  places.forEach((f, k) => {
    const named = start[k + 1] - start[k];
    if (named !== f.properties.initiatives.length) problems.push(`${f.properties.id}: lists ${f.properties.initiatives.length} initiatives, but ${named} name it`);
  });
  return problems;
}
