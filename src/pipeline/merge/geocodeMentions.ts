/**
 * geocodeMentions: the point and honest precision of every mapped mention — the gazetteer's own point for a
 * unit it lists; for a unit it lacks (a new gacha, a 小区), its resolved parent's point at the parent's precision.
 */
import { inherited, placeId, unlistedPlaceId } from '../../contract/index.ts';
import type { Gazetteer } from '../../gazetteer/index.ts';
import type { Located, PlaceRef } from '../types.ts';

/** Stable id of a mapped place: `c<code>` or `x<parentCode>-<name>`. */
export function placeIdOf(m: PlaceRef): string | null {
  if (m.status !== 'place') return null;
  if (m.code) return placeId(m.code);
  return m.parentCode ? unlistedPlaceId(m.parentCode, m.name) : null;
}

export function locate(gaz: Gazetteer, m: PlaceRef): Located | null {
  const id = placeIdOf(m);
  if (!id) return null;
  if (m.code) {
    const u = gaz.get(m.code);
    return u ? { id, lon: u.lon, lat: u.lat, precision: u.precision, inGazetteer: true } : null;
  }
  const parent = gaz.get(m.parentCode!);
  if (!parent) return null;
  return { id, lon: parent.lon, lat: parent.lat, precision: inherited(parent.level, parent.precision), inGazetteer: false };
}

/** Located places of one document's mentions, by id. */
export function geocodeMentions(gaz: Gazetteer, mentions: PlaceRef[]): Map<string, Located> {
  const out = new Map<string, Located>();
  for (const m of mentions) {
    const id = placeIdOf(m);
    if (!id || out.has(id)) continue;
    const loc = locate(gaz, m);
    if (loc) out.set(id, loc);
  }
  return out;
}
