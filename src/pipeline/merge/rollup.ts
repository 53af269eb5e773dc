/**
 * Per league and banner (descendants included): initiatives by category and number of places,
 * derived from each place's administrative path.
 */
import type { CategoryId, Initiative, PlaceFeature, RegionLevel, Rollup } from '../../contract/index.ts';

/** The league and banner codes a place counts towards (itself included). */
function unitsOf(f: PlaceFeature): { code: string; name: string; level: RegionLevel }[] {
  const out = [];
  for (const step of f.properties.path) {
    if (step.code && (step.level === 'prefecture' || step.level === 'county')) out.push({ code: step.code, name: step.name, level: step.level });
  }
  return out;
}

/** Only each initiative's category and places count, so the merge need not hold whole initiatives. */
export function rollup(places: PlaceFeature[], initiatives: Iterable<Pick<Initiative, 'category' | 'places'>>): Record<string, Rollup> {
  const result: Record<string, Rollup> = {};
  const unitsById = new Map<string, string[]>();
  for (const f of places) {
    const units = unitsOf(f);
    unitsById.set(f.properties.id, units.map((u) => u.code));
    for (const u of units) {
      result[u.code] ??= { code: u.code, name: u.name, level: u.level, initiatives: 0, byCategory: {}, places: 0 };
      result[u.code].places++;
    }
  }
  for (const it of initiatives) {
    const codes = new Set(it.places.flatMap((id) => unitsById.get(id) ?? []));
    for (const code of codes) {
      const r = result[code];
      r.initiatives++;
      r.byCategory[it.category as CategoryId] = (r.byCategory[it.category] ?? 0) + 1;
    }
  }
  return result;
}
