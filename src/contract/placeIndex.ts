/**
 * `place-index.json`: places.geojson as the app reads it, derived by the build. Each step of the places' administrative
 * paths is written once and the places point to it, and each place's `initiatives` are left out: the app works them out
 * from the initiative index (the rule in placeInitiatives.ts). Each place's mentions are only counted here: the mentions
 * themselves, which grow with the archive and only a panel shows, are in the mentions files (placeMentions.ts). A stamp
 * ties the file to the initiative index written with it.
 */
import { collector, isObj, isStr } from './check.ts';
import { isCode } from './code.ts';
import { LEVELS } from './levels.ts';
import { validatePlaces, type PathStep, type PlaceCollection, type PlaceFeature, type PlaceProperties } from './places.ts';

export const PLACE_INDEX_FILE = 'place-index.json';

/** The first 16 hex digits of a hash of the place index's content, which the initiative index repeats. */
export const PLACE_STAMP = /^[0-9a-f]{16}$/;

/** One place as written: its properties without `initiatives`, its path as positions in `steps`, its mentions counted. */
export type PlaceEntry = Omit<PlaceProperties, 'path' | 'initiatives' | 'mentions'> & { path: number[]; mentions: number };

export interface PlaceIndexFile {
  stamp: string;
  /** Every distinct step of the places' paths, once. */
  steps: PathStep[];
  /** One entry per place, in places.geojson's order. */
  places: PlaceEntry[];
  /** Each place's point, [longitude, latitude], in the same order (apart, so that an entry becomes the place's properties as it is). */
  at: [number, number][];
}

/** The file's content for `places`, without its stamp (the build stamps it with a hash of this content). */
export function encodePlaceIndex(places: PlaceCollection): Omit<PlaceIndexFile, 'stamp'> {
  const stepNo = new Map<string, number>();
  const steps: PathStep[] = [];
  const no = (s: PathStep) => {
    const key = `${s.code ?? ''}|${s.name}|${s.level}`;
    let n = stepNo.get(key);
    if (n === undefined) { stepNo.set(key, (n = steps.length)); steps.push({ code: s.code, name: s.name, level: s.level }); }
    return n;
  };
  return {
    steps,
    places: places.features.map((f) => {
      const { path, initiatives: _derived, mentions, ...rest } = f.properties;
      return { ...rest, path: path.map(no), mentions: mentions.length };
    }),
    at: places.features.map((f) => f.geometry.coordinates),
  };
}

/** The places read (each one's `mentions` empty until its mentions file is read), and how many mentions each has. */
type Decoded = { places: PlaceCollection | null; stamp: string | null; problems: string[]; mentionCounts?: number[] };

/**
 * Reads the file back into places.geojson's shape (each feature's id its place id, as the pipeline writes it), every
 * place's `initiatives` and `mentions` still empty for the reader to fill, and checks it: the stamp, each step, each
 * path position, each mention count, then every place as validatePlaces does. It takes over `data`'s objects: the caller passes freshly parsed JSON.
 */
export function decodePlaceIndex(data: unknown): Decoded {
  const fail = (problem: string): Decoded => ({ places: null, stamp: null, problems: [`place index: ${problem}`] });
  if (!isObj(data) || !Array.isArray(data.steps) || !Array.isArray(data.places) || !Array.isArray(data.at)) return fail('needs steps, places and at arrays');
  if (data.at.length !== data.places.length) return fail('at and places differ in length');
  const { problems, add } = collector();
  if (!isStr(data.stamp) || !PLACE_STAMP.test(data.stamp)) add('stamp', 'must be 16 hex digits');
  const steps = data.steps as PathStep[];
  steps.forEach((s, i) => {
    if (!isObj(s) || !(s.code === null || isCode(s.code)) || !isStr(s.name) || !LEVELS.includes(s.level)) add(`steps[${i}]`, 'needs code (12 digits or null), name and level');
  });
  const at = data.at as [number, number][];
  const mentionCounts = new Array<number>(data.places.length);
  // Each parsed entry becomes the place's properties as it is: copying 10,000 of them took longer than the parse.
  const features = (data.places as unknown[]).map((p, i): PlaceFeature => {
    if (!isObj(p)) { add(`places[${i}]`, 'not an object'); return p as unknown as PlaceFeature; }
    const properties = p as unknown as PlaceProperties;
    const path = p.path as unknown[];
    const ok = Array.isArray(path) && path.every((n) => Number.isInteger(n) && (n as number) >= 0 && (n as number) < steps.length);
    if (!ok) add(`places[${i}]`, 'path must be positions in steps');
    properties.path = ok ? (path as number[]).map((n) => steps[n]) : [];
    properties.initiatives = [];
    const count = p.mentions as unknown;
    if (!(Number.isInteger(count) && (count as number) >= 0)) add(`places[${i}]`, 'mentions must be a count');
    mentionCounts[i] = count as number;
    properties.mentions = [];
    return { type: 'Feature', id: properties.id, geometry: { type: 'Point', coordinates: at[i] }, properties };
  });
  if (problems.length) return { places: null, stamp: null, problems: problems.map((p) => `place index: ${p}`) };
  const places: PlaceCollection = { type: 'FeatureCollection', features };
  const invalid = validatePlaces(places);
  return invalid.length ? { places: null, stamp: null, problems: invalid } : { places, stamp: data.stamp as string, problems: [], mentionCounts };
}
