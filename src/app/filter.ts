/**
 * What is shown for a view: the initiatives and places that pass the region, category and search filters.
 * Pure functions over the loaded data so that the map, the lists and the API agree.
 */
import { CATEGORIES, CATEGORY_IDS, codePrefix, type CategoryId, type IndexedInitiative, type Initiative, type LiteUnit, type PlaceProperties } from '../contract/index.ts';
import type { AtlasData, AtlasState } from './types.ts';
import { dateOf, inPeriod } from './timeline/period.ts';

export interface Visible {
  places: string[];
  initiatives: string[];
}

/** True when the place lies in the league or banner `region` (or is that region). */
export function placeInRegion(p: PlaceProperties, region: string | null): boolean {
  if (!region) return true;
  if (p.path.some((s) => s.code === region)) return true;
  const prefix = codePrefix(region);
  const own = p.code ?? p.parentCode;
  return own !== null && own.startsWith(prefix);
}

const norm = (s: string) => s.trim().toLowerCase();

/** The query as a map filter: only text with Chinese characters narrows the map, since pinyin being typed is for the suggestions. */
export function filterText(query: string): string {
  return /\p{Script=Han}/u.test(query) ? norm(query) : '';
}

/** Codes of gazetteer units whose written forms contain the query (abbreviations such as 科右前旗 included). */
export function unitsMatching(units: LiteUnit[], query: string): Set<string> {
  const q = norm(query);
  const out = new Set<string>();
  if (!q) return out;
  for (const u of units) if (u.forms.some((f) => norm(f).includes(q)) || norm(u.name).includes(q)) out.add(u.code);
  return out;
}

/** Whether a place answers the query by its own names, its chain, or a matching gazetteer unit above it. */
export function placeMatches(p: PlaceProperties, q: string, codes: Set<string>): boolean {
  if (norm(p.name).includes(q) || norm(p.shortName).includes(q)) return true;
  return p.path.some((s) => norm(s.name).includes(q) || (s.code !== null && codes.has(s.code)));
}

const CATEGORY_NAMES = new Map<string, string>(CATEGORIES.map((c) => [c.id, norm(c.zh)]));

/**
 * Whether an initiative answers the query through its text (title, category name, and once its details are in,
 * summary and figure labels) or any of its places.
 */
export function initiativeMatches(it: IndexedInitiative, q: string, placesById: Map<string, PlaceProperties>, codes: Set<string>, full?: Initiative): boolean {
  if (!q) return true;
  if (norm(it.title).includes(q) || (full && norm(full.summary).includes(q))) return true;
  if (full?.figures.some((f) => norm(f.label ?? '').includes(q)) || CATEGORY_NAMES.get(it.category)?.includes(q)) return true;
  return it.places.some((id) => { const p = placesById.get(id); return p !== undefined && placeMatches(p, q, codes); });
}

export function placeIndex(data: Pick<AtlasData, 'places'>): Map<string, PlaceProperties> {
  return new Map(data.places.features.map((f) => [f.properties.id, f.properties]));
}

/** True when the reader narrowed the time: a start, an end, or the undated left out. */
export function hasPeriod(state: Pick<AtlasState, 'from' | 'to' | 'undated'>): boolean {
  return Boolean(state.from || state.to || state.undated === false);
}

/** Initiatives passing region, query and period, ignoring the category filter (what the legend counts). */
export function regionAndQuery(data: AtlasData, state: AtlasState, byId: Map<string, PlaceProperties>): IndexedInitiative[] {
  const q = filterText(state.query);
  const codes = unitsMatching(data.units, q);
  const matching = q ? data.initiatives.filter((it) => initiativeMatches(it, q, byId, codes, data.details.get(it.id))) : data.initiatives;
  // A text that finds nothing (a typo, a place with no initiatives) leaves the map as it was instead of emptying it.
  const found = matching.length > 0 ? matching : data.initiatives;
  // Without a period or region (the usual first view) there is nothing more to walk.
  const dated = hasPeriod(state) ? found.filter((it) => inPeriod(dateOf(it), state.from, state.to, state.undated !== false)) : found;
  return state.region ? dated.filter((it) => it.places.some((id) => { const p = byId.get(id); return p !== undefined && placeInRegion(p, state.region); })) : dated;
}

/** Ids of the visible initiatives and of the places that have at least one of them (inside the region). */
export function visibleFor(data: AtlasData, state: AtlasState, byId = placeIndex(data)): Visible {
  const cats = new Set<CategoryId>(state.categories);
  const its = regionAndQuery(data, state, byId).filter((it) => cats.has(it.category));
  const itIds = new Set(its.map((i) => i.id));
  const places = data.places.features
    .map((f) => f.properties)
    .filter((p) => placeInRegion(p, state.region) && p.initiatives.some((id) => itIds.has(id)))
    .map((p) => p.id);
  return { places, initiatives: its.map((i) => i.id) };
}

/** Initiatives per category for the legend: region and query applied, category filter not. */
export function categoryCounts(data: AtlasData, state: AtlasState, byId = placeIndex(data)): Record<CategoryId, number> {
  const counts = Object.fromEntries(CATEGORY_IDS.map((c) => [c, 0])) as Record<CategoryId, number>;
  for (const it of regionAndQuery(data, state, byId)) counts[it.category]++;
  return counts;
}

/** The category most of the given initiatives belong to; ties go to the earlier category in the contract order. */
export function mainCategory(initiatives: Pick<Initiative, 'category'>[]): CategoryId | null {
  const counts = new Map<CategoryId, number>();
  for (const i of initiatives) counts.set(i.category, (counts.get(i.category) ?? 0) + 1);
  let best: CategoryId | null = null;
  let bestN = 0;
  for (const c of CATEGORY_IDS) {
    const n = counts.get(c) ?? 0;
    if (n > bestN) { best = c; bestN = n; }
  }
  return best;
}
