/**
 * The data the built app serves (dist/data), read in Node so tests can compute what the page must show.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon, bbox } from '@turf/turf';
import { decodeInitiativeIndex, type InitiativeDetails, type PlaceCollection, type PlaceProperties } from '../../src/contract/index.ts';
import { createDetails } from '../../src/app/details.ts';
import { mentionsInHand } from '../../src/app/mentions.ts';
import { DETAILS_DIR } from '../../src/contract/index.ts';
import type { AtlasData } from '../../src/app/types.ts';

export const DIST = join(import.meta.dirname, '../../dist');

/** The app's data with every details file read, so what a page shows once its details are in can be computed. */
export function readDist(): AtlasData {
  const read = (f: string) => JSON.parse(readFileSync(join(DIST, 'data', f), 'utf8'));
  const places = read('places.geojson') as PlaceCollection;
  const index = decodeInitiativeIndex(read('initiative-index.json'), places.features.map((f) => f.properties.id)).index!;
  const files = new Map(readdirSync(join(DIST, 'data', DETAILS_DIR)).map((f) => [f.replace(/\.json$/, ''), read(`${DETAILS_DIR}/${f}`) as InitiativeDetails[]]));
  const details = createDetails(index, (name) => Promise.reject(new Error(`${name} not in dist`)), undefined, files);
  return {
    places, initiatives: index.initiatives, details, mentions: mentionsInHand(places), rollups: read('rollups.json'),
    leagues: read('leagues.geojson'), counties: read('counties.geojson'), units: read('gazetteer-lite.json'),
  };
}

export const withInitiatives = (d: AtlasData): PlaceProperties[] => d.places.features.map((f) => f.properties).filter((p) => p.initiatives.length > 0);

/** A point inside a region's polygon as far as possible from every place, so a click there hits the region, not a marker. */
export function emptyPointIn(d: AtlasData, code: string): [number, number] {
  const f = d.leagues.features.find((x) => x.properties.code === code) ?? d.counties.features.find((x) => x.properties.code === code);
  if (!f) throw new Error(`no boundary for ${code}`);
  const [w, s, e, n] = bbox(f);
  const pts = d.places.features.map((p) => p.geometry.coordinates);
  let best: [number, number] = [(w + e) / 2, (s + n) / 2];
  let bestD = -1;
  for (let i = 1; i < 20; i++) for (let j = 1; j < 20; j++) {
    const pt: [number, number] = [w + ((e - w) * i) / 20, s + ((n - s) * j) / 20];
    if (!booleanPointInPolygon(pt, f)) continue;
    const dist = Math.min(...pts.map(([x, y]) => Math.hypot(x - pt[0], y - pt[1])), 99);
    if (dist > bestD) { best = pt; bestD = dist; }
  }
  return best;
}
