/**
 * Places every unit: leagues and counties at their seat inside their polygon, townships at a curated or
 * GeoNames point, else at their parent with an inherited precision; user and curated tables win.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { inherited, type Precision } from '../../contract/index.ts';
import type { TablePoint } from './coordTable.ts';
import { gcjToWgs, wgsToGcj } from './crs.ts';
import type { GeoMatch } from './matchGeoNames.ts';
import { isInside, seatInside } from './seatPoint.ts';
import type { UnplacedUnit } from './unitRecords.ts';

export interface Placed {
  lon: number;
  lat: number;
  precision: Precision;
  source: string;
}

export interface PlaceInputs {
  shapes: Map<string, Feature<Polygon | MultiPolygon>>;
  /** echarts seat points (GCJ-02) by county code. */
  cps: Map<string, [number, number] | null>;
  leagueSeats: Record<string, string>;
  geo: Map<string, GeoMatch>;
  curated: Map<string, TablePoint>;
  user: Map<string, TablePoint>;
}

/** The league's seat county: configured, else its first district (code 01–20 within the league). */
export function seatCounty(league: string, counties: UnplacedUnit[], seats: Record<string, string>): string | undefined {
  if (seats[league]) return seats[league];
  const districts = counties.filter((c) => c.parentCode === league && Number(c.code.slice(4, 6)) <= 20);
  return districts.map((c) => c.code).sort()[0];
}

function polygonSeat(code: string, seat: [number, number] | null, inp: PlaceInputs): Placed | undefined {
  const shape = inp.shapes.get(code);
  if (!shape) return undefined;
  const [lon, lat] = gcjToWgs(seatInside(seat, shape));
  // Rounding to WGS can push a border seat out of the GCJ polygon; then use turf's inner point.
  const ok = isInside(wgsToGcj([lon, lat]), shape);
  const [x, y] = ok ? [lon, lat] : gcjToWgs(seatInside(null, shape));
  return { lon: x, lat: y, precision: 'exact', source: seat ? 'polygon-seat' : 'polygon-inner' };
}

export function placePoints(units: UnplacedUnit[], inp: PlaceInputs): Map<string, Placed> {
  const placed = new Map<string, Placed>();
  const byCode = new Map(units.map((u) => [u.code, u]));
  const table = (code: string): Placed | undefined => {
    const t = inp.user.get(code) ?? inp.curated.get(code);
    if (!t) return undefined;
    return { lon: t.lon, lat: t.lat, precision: 'exact', source: inp.user.has(code) ? 'user' : `curated:${t.source}` };
  };
  const fromParent = (u: UnplacedUnit): Placed => {
    const parent = byCode.get(u.parentCode ?? '');
    const p = parent && placed.get(parent.code);
    if (!parent || !p) throw new Error(`no point for the parent of ${u.code}`);
    return { lon: p.lon, lat: p.lat, precision: inherited(parent.level, p.precision), source: `parent:${parent.code}` };
  };
  const counties = units.filter((u) => u.level === 'county');
  for (const u of counties) {
    const p = table(u.code) ?? polygonSeat(u.code, inp.cps.get(u.code) ?? null, inp);
    if (p) placed.set(u.code, p);
  }
  for (const u of units.filter((x) => x.level === 'prefecture')) {
    const seat = seatCounty(u.code, counties, inp.leagueSeats);
    const sp = seat ? placed.get(seat) : undefined;
    const p = table(u.code) ?? polygonSeat(u.code, sp ? wgsToGcj([sp.lon, sp.lat]) : null, inp);
    if (!p) throw new Error(`no polygon for league ${u.code}`);
    placed.set(u.code, { ...p, source: p.source === 'polygon-seat' && seat ? `seat:${seat}` : p.source });
  }
  for (const u of units.filter((x) => x.level !== 'prefecture')) {
    if (placed.has(u.code)) continue;
    const g = u.level === 'township' ? inp.geo.get(u.code) : undefined;
    const p = table(u.code)
      ?? (g ? { lon: g.geo.lon, lat: g.geo.lat, precision: 'exact' as const, source: `geonames:${g.geo.id}` } : undefined)
      ?? fromParent(u);
    placed.set(u.code, p);
  }
  return placed;
}
