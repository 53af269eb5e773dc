/** `places.geojson`: one Point feature per mapped place, with every mention of it; types and validator. */
import { checkSpan, collector, isNum, isObj, isStr } from './check.ts';
import { isCode } from './code.ts';
import { LEVELS, levelDepth, PRECISIONS, type Level, type Precision } from './levels.ts';

/** One link of a place's administrative chain. */
export interface PathStep {
  /** 12-digit statistical code, or null for a unit the gazetteer lacks. */
  code: string | null;
  /** Official name. */
  name: string;
  level: Level;
}

/** One occurrence of a place in a source file. */
export interface Mention {
  /** Base name of the source file, e.g. `000_65e41ac94c833173.txt`. */
  file: string;
  /** UTF-16 offset of the first character in the decoded original text. */
  start: number;
  /** UTF-16 offset one past the last character. */
  end: number;
  /** Exactly `text.slice(start, end)` of the decoded original text. */
  surface: string;
  /** 0..1: how sure the resolver is that this mention denotes this place. */
  confidence: number;
  /** Name of the rule that resolved it, e.g. `exact`, `chain`, `context`, `fuzzy:variant`. */
  rule: string;
}

/** Properties of a feature in `places.geojson`. */
export interface PlaceProperties {
  /** Stable id (see ids.ts): `c<code>` for gazetteer units, `x<parentCode>-<name>` for units the gazetteer lacks. */
  id: string;
  /** Official name (for units the gazetteer lacks: the name as written). */
  name: string;
  /** Name as commonly written (suffixes dropped, abbreviation where one is usual). */
  shortName: string;
  level: Level;
  /** 12-digit code, or null when the unit is not in the gazetteer. */
  code: string | null;
  /** 12-digit code of the unit above, or null for a league. */
  parentCode: string | null;
  /** Chain from league down to this place, inclusive. */
  path: PathStep[];
  /** Whose point the feature stands at. */
  precision: Precision;
  /** False for units resolved by pattern only (a new gacha, a 小区), placed at their parent. */
  inGazetteer: boolean;
  /**
   * True when no mention is a confident match (each is fuzzy, a variant, an unconfirmed short form, a lone candidate
   * or of low confidence): the app shows the place as uncertain. The pipeline always writes it; absent reads as false.
   */
  doubtful?: boolean;
  /** Every non-generic mention of this place. */
  mentions: Mention[];
  /** Ids of the initiatives whose `places` name this place, once each (the rule in placeInitiatives.ts). */
  initiatives: string[];
}

export interface PointGeometry {
  type: 'Point';
  /** [longitude, latitude], WGS-84. */
  coordinates: [number, number];
}

export interface PlaceFeature {
  type: 'Feature';
  id?: string | number;
  geometry: PointGeometry;
  properties: PlaceProperties;
}

export interface PlaceCollection {
  type: 'FeatureCollection';
  features: PlaceFeature[];
}

/** Checks a `places.geojson` FeatureCollection; returns every problem (empty when valid). */
export function validatePlaces(data: unknown): string[] {
  const { problems, add } = collector();
  if (!isObj(data) || data.type !== 'FeatureCollection' || !Array.isArray(data.features)) {
    return ['places: not a GeoJSON FeatureCollection'];
  }
  const ids = new Set<string>();
  (data as unknown as PlaceCollection).features.forEach((f, i) => {
    const w = `places[${i}]`;
    if (!isObj(f) || f.type !== 'Feature') return add(w, 'not a Feature');
    const g = f.geometry as unknown as Record<string, unknown>;
    const c = isObj(g) ? (g.coordinates as unknown[]) : null;
    if (!isObj(g) || g.type !== 'Point' || !Array.isArray(c) || !isNum(c[0]) || !isNum(c[1])) add(w, 'geometry is not a Point');
    else if ((c[0] as number) < -180 || (c[0] as number) > 180 || (c[1] as number) < -90 || (c[1] as number) > 90) add(w, 'coordinates out of range');
    const p = f.properties as unknown as Record<string, unknown>;
    if (!isObj(p)) return add(w, 'no properties');
    if (!isStr(p.id) || !p.id) add(w, 'id missing');
    else if (ids.has(p.id)) add(w, `duplicate id ${p.id}`);
    else ids.add(p.id);
    if (!isStr(p.name) || !isStr(p.shortName)) add(w, 'name/shortName missing');
    if (!LEVELS.includes(p.level as never)) add(w, `bad level ${String(p.level)}`);
    if (!PRECISIONS.includes(p.precision as never)) add(w, `bad precision ${String(p.precision)}`);
    if (!(p.code === null || isCode(p.code))) add(w, 'code must be 12 digits or null');
    if (!(p.parentCode === null || isCode(p.parentCode))) add(w, 'parentCode must be 12 digits or null');
    if (typeof p.inGazetteer !== 'boolean') add(w, 'inGazetteer must be boolean');
    if (p.doubtful !== undefined && typeof p.doubtful !== 'boolean') add(w, 'doubtful must be boolean when present');
    if (!Array.isArray(p.path)) add(w, 'path must be an array');
    if (!Array.isArray(p.initiatives) || !(p.initiatives as unknown[]).every(isStr)) add(w, 'initiatives must be string ids');
    if (!Array.isArray(p.mentions)) return add(w, 'mentions must be an array');
    mentionsProblems(add, w, p.mentions);
  });
  return problems;
}

/** What a chunk is named (chunkAt): a 12-digit code or `none`; the build removes only files so named. */
export const CHUNK_NAME = /^(\d{12}|none)$/;

/** The chunk of a place with this administrative path at `level`: the code of its deepest coded step at that level or above, else `none`. */
export function chunkAt(path: readonly { code: string | null; level: string }[] | undefined, level: Level): string {
  return path?.filter((s) => s.code && levelDepth(s.level as Level) <= levelDepth(level)).at(-1)?.code ?? 'none';
}

/** The chunk of the details files: a place's county's code, else its league's, else `none`. */
export const pathChunk = (path: Parameters<typeof chunkAt>[0]): string => chunkAt(path, 'county');

/** Checks a place's mentions, each named as `<where>.mentions[j]` (places.geojson and the app's mentions files share it). */
export function mentionsProblems(add: (where: string, what: string) => void, where: string, mentions: unknown[]): void {
  mentions.forEach((m, j) => {
    const mw = `${where}.mentions[${j}]`;
    if (!isObj(m) || !isStr(m.file) || !isStr(m.surface) || !isStr(m.rule)) return add(mw, 'file/surface/rule missing');
    if (!isNum(m.confidence) || m.confidence < 0 || m.confidence > 1) add(mw, 'confidence must be in 0..1');
    checkSpan(add, mw, m, 'surface');
  });
}
