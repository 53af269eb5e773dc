/**
 * Gives townships a GeoNames point when a Chinese name of the place matches exactly one township whose
 * county polygon contains the point: by written form, else by stem, else by transliteration variant or one edit.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeoName } from './geonames.ts';
import { wgsToGcj } from './crs.ts';
import { withinOneEdit } from '../editDistance.ts';
import { isInside } from './seatPoint.ts';
import { stemOf } from '../stem.ts';
import type { VariantKeyFn } from '../variants.ts';

export interface TownshipKey {
  code: string;
  /** Code of the polygon that must contain the point (county, or league for a zone without a shape). */
  areaCode: string;
  forms: string[];
}

export interface GeoMatch {
  geo: GeoName;
  /** 3 written form, 2 stem, 1 variant or one edit. */
  strength: number;
}

type Matcher = (names: string[], t: TownshipKey) => boolean;

/** GeoNames' own admin2 codes are sometimes stale, so only the polygon decides where a point belongs. */
export function matchGeoNames(
  geos: GeoName[],
  townships: TownshipKey[],
  shapeOf: (code: string) => Feature<Polygon | MultiPolygon> | undefined,
  variantKey: VariantKeyFn = (s) => s,
): Map<string, GeoMatch> {
  // A banner or city name (科尔沁区) must not reach a township (科尔沁街道) through its stem.
  const stems = (names: string[]) => names.filter((n) => !/[旗县区市盟]$/.test(n)).map(stemOf).filter((s) => s.length >= 2);
  const keys = (names: string[]) => stems(names).map(variantKey);
  const prepared = new Map(townships.map((t) => [t.code, { stems: stems(t.forms), keys: keys(t.forms) }]));
  const matchers: [number, Matcher][] = [
    [3, (names, t) => names.some((n) => t.forms.includes(n))],
    [2, (names, t) => stems(names).some((s) => prepared.get(t.code)!.stems.includes(s))],
    [1, (names, t) => keys(names).some((k) => k.length >= 3 && prepared.get(t.code)!.keys.some((tk) => withinOneEdit(k, tk)))],
  ];
  const byArea = new Map<string, TownshipKey[]>();
  for (const t of townships) byArea.set(t.areaCode, [...(byArea.get(t.areaCode) ?? []), t]);
  const best = new Map<string, GeoMatch>();
  for (const geo of geos) {
    const gcj = wgsToGcj([geo.lon, geo.lat]);
    const local = [...byArea].filter(([area]) => isInside(gcj, shapeOf(area))).flatMap(([, list]) => list);
    for (const [strength, matches] of matchers) {
      const hits = local.filter((t) => matches(geo.zhNames, t));
      if (hits.length === 0) continue;
      if (hits.length > 1) break;
      const prev = best.get(hits[0].code);
      if (!prev || strength > prev.strength || (strength === prev.strength && geo.population > prev.geo.population)) {
        best.set(hits[0].code, { geo, strength });
      }
      break;
    }
  }
  return best;
}
