/**
 * The reverse link for places.geojson: for each place id, the ids of the initiatives that name it,
 * in initiative order (each initiative once).
 */
import type { Initiative } from '../contract.ts';

export function initiativesByPlace(initiatives: Initiative[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const it of initiatives) {
    for (const place of new Set(it.places)) {
      const list = out.get(place);
      if (list) list.push(it.id);
      else out.set(place, [it.id]);
    }
  }
  return out;
}
