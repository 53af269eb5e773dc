/**
 * Validators for the data contract in contract.ts; used by the pipeline before writing and by the app after loading.
 * Each returns a list of human-readable problems (empty when valid) so callers can report all at once.
 */
import {
  CATEGORY_IDS, HEDGES, ITEM_KINDS, LEVELS, PRECISIONS, REPORT_STATUSES,
  type Initiative, type PlaceCollection, type Report, type Rollup,
} from './contract.ts';

const CODE = /^\d{12}$/;
/** A league or banner as a place id: a figure may belong to one named only generically (全盟), which is no map point. */
const REGION_ID = /^c\d{6}0{6}$/;
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Cap on reported problems so a corrupt file does not produce a million lines. */
const MAX_PROBLEMS = 50;

function collector() {
  const problems: string[] = [];
  const add = (where: string, what: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(`${where}: ${what}`);
  };
  return { problems, add };
}

function checkSpan(add: (w: string, m: string) => void, where: string, s: Record<string, unknown>, key: string) {
  if (!isNum(s.start) || !isNum(s.end) || (s.start as number) < 0 || (s.end as number) < (s.start as number)) {
    add(where, 'bad start/end');
  } else if (isStr(s[key]) && (s[key] as string).length !== (s.end as number) - (s.start as number)) {
    add(where, `${key} length does not match its span`);
  }
}

/** Checks a `places.geojson` FeatureCollection. */
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
    if (!(p.code === null || (isStr(p.code) && CODE.test(p.code)))) add(w, 'code must be 12 digits or null');
    if (!(p.parentCode === null || (isStr(p.parentCode) && CODE.test(p.parentCode)))) add(w, 'parentCode must be 12 digits or null');
    if (typeof p.inGazetteer !== 'boolean') add(w, 'inGazetteer must be boolean');
    if (p.doubtful !== undefined && typeof p.doubtful !== 'boolean') add(w, 'doubtful must be boolean when present');
    if (!Array.isArray(p.path)) add(w, 'path must be an array');
    if (!Array.isArray(p.initiatives) || !(p.initiatives as unknown[]).every(isStr)) add(w, 'initiatives must be string ids');
    if (!Array.isArray(p.mentions)) return add(w, 'mentions must be an array');
    (p.mentions as unknown[]).forEach((m, j) => {
      const mw = `${w}.mentions[${j}]`;
      if (!isObj(m) || !isStr(m.file) || !isStr(m.surface) || !isStr(m.rule)) return add(mw, 'file/surface/rule missing');
      if (!isNum(m.confidence) || m.confidence < 0 || m.confidence > 1) add(mw, 'confidence must be in 0..1');
      checkSpan(add, mw, m, 'surface');
    });
  });
  return problems;
}

/** Checks an `initiatives.json` array; pass place ids to check that references resolve. */
export function validateInitiatives(data: unknown, placeIds?: Set<string>): string[] {
  const { problems, add } = collector();
  if (!Array.isArray(data)) return ['initiatives: not an array'];
  const ids = new Set<string>();
  (data as Initiative[]).forEach((it, i) => {
    const w = `initiatives[${i}]`;
    if (!isObj(it)) return add(w, 'not an object');
    if (!isStr(it.id) || !it.id) add(w, 'id missing');
    else if (ids.has(it.id)) add(w, `duplicate id ${it.id}`);
    else ids.add(it.id);
    for (const k of ['file', 'title', 'byline', 'summary'] as const) if (!isStr(it[k])) add(w, `${k} must be a string`);
    if (!ITEM_KINDS.includes(it.kind)) add(w, `bad kind ${String(it.kind)}`);
    if (!CATEGORY_IDS.includes(it.category)) add(w, `bad category ${String(it.category)}`);
    if (!Array.isArray(it.secondaryCategories) || !it.secondaryCategories.every((c) => CATEGORY_IDS.includes(c))) add(w, 'bad secondaryCategories');
    checkSpan(add, w, it as unknown as Record<string, unknown>, '');
    if (!Array.isArray(it.places) || !it.places.every(isStr)) add(w, 'places must be string ids');
    else if (placeIds) for (const p of it.places) if (!placeIds.has(p)) add(w, `unknown place ${p}`);
    if (!Array.isArray(it.figures)) return add(w, 'figures must be an array');
    it.figures.forEach((f, j) => {
      const fw = `${w}.figures[${j}]`;
      if (!isObj(f) || !isNum(f.value) || !isStr(f.unit) || typeof f.approx !== 'boolean' || !isStr(f.label)) return add(fw, 'value/unit/approx/label malformed');
      if (!(f.hedge === null || HEDGES.includes(f.hedge)) || f.approx !== (f.hedge !== null)) add(fw, 'hedge must be null or a known hedge, and approx true exactly when it is set');
      if (f.place !== null && !(isStr(f.place) && (placeIds ? placeIds.has(f.place) || REGION_ID.test(f.place) : /^[cx]/.test(f.place)))) {
        add(fw, `figure place ${String(f.place)} is neither a place nor a league or banner`);
      }
      checkSpan(add, fw, f as unknown as Record<string, unknown>, 'text');
    });
  });
  return problems;
}

/** Checks a `rollups.json` object keyed by 12-digit code. */
export function validateRollups(data: unknown): string[] {
  const { problems, add } = collector();
  if (!isObj(data)) return ['rollups: not an object'];
  for (const [code, r] of Object.entries(data as Record<string, Rollup>)) {
    if (!CODE.test(code) || !isObj(r) || r.code !== code) { add(`rollups[${code}]`, 'key/code mismatch'); continue; }
    if (!isNum(r.initiatives) || !isNum(r.places) || !isObj(r.byCategory)) add(`rollups[${code}]`, 'counts malformed');
  }
  return problems;
}

/** Checks a `report.json` object: every reported mention has a known status, a rule, its span and its context. */
export function validateReport(data: unknown): string[] {
  const { problems, add } = collector();
  if (!isObj(data) || !Array.isArray(data.files) || !Array.isArray(data.mentions) || !isObj(data.counts)) return ['report: files, mentions and counts expected'];
  (data as unknown as Report).mentions.forEach((m, i) => {
    const w = `report.mentions[${i}]`;
    if (!isObj(m) || !isStr(m.file) || !isStr(m.surface) || !isStr(m.context) || !isStr(m.reason) || !isStr(m.rule)) return add(w, 'file/surface/context/reason/rule missing');
    if (!REPORT_STATUSES.includes(m.status)) add(w, `bad status ${String(m.status)}`);
    if (m.confidence !== undefined && (!isNum(m.confidence) || m.confidence < 0 || m.confidence > 1)) add(w, 'confidence must be in 0..1');
    checkSpan(add, w, m as unknown as Record<string, unknown>, 'surface');
  });
  return problems;
}

/** Throws one error listing every problem; for writers that must refuse bad data. */
export function assertValid(what: string, problems: string[]): void {
  if (problems.length) throw new Error(`${what} violates the data contract:\n  ${problems.join('\n  ')}`);
}
