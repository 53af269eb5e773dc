/**
 * The app's own view of initiatives.json, derived at build time: `initiative-index.json` holds what filtering,
 * counting, the legend, the timeline, clusters and the list need; `initiative-details/<chunk>.json` holds the rest
 * (summary, figures, people, byline, file, spans, source), one file per county of the initiative's main place, fetched
 * when a place, region, export or text search needs it. Joined back, an entry and its details are the pipeline's record.
 */
import { collector, isNum, isObj, isStr } from './check.ts';
import { CATEGORY_IDS, ITEM_KINDS, hedgeProblem, validateInitiatives, type Figure, type Initiative } from './initiatives.ts';
import { isSourceDate } from './source.ts';
import { FIRST_MARKERS_NAME } from './firstMarkers.ts';
import { PLACE_STAMP } from './placeIndex.ts';
import { CHUNK_NAME, pathChunk } from './places.ts';

/** The app's initiative files, relative to the data folder. */
export const INITIATIVE_INDEX_FILE = 'initiative-index.json';
export const DETAILS_DIR = 'initiative-details';
export const detailsFile = (chunk: string): string => `${DETAILS_DIR}/${chunk}.json`;

/** What the list shows and sorts by of an initiative's most telling figure (chosen at build time). */
export type TopFigure = Pick<Figure, 'value' | 'unit' | 'text' | 'high'> & {
  /** Left out when the text states the number exactly. */
  hedge?: Figure['hedge'];
  /** Left out when the text names nothing. */
  label?: string;
};

/** The fields of an initiative the first view needs; empty or unknown ones are left out, which keeps the file small. */
export type IndexedInitiative = Pick<Initiative, 'id' | 'kind' | 'category' | 'places' | 'title'> & {
  /** Left out when empty. */
  secondaryCategories?: Initiative['secondaryCategories'];
  /** The source's date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), left out when the archive gave none. */
  date?: string;
  /** What the list shows for an empty title (the start of the lead, see app/displayTitle.ts); only then present. */
  lead?: string;
  /** The figure the list shows and sorts by, when the initiative has one. */
  top?: TopFigure;
  /** Rank in the list sorted by title, equal titles sharing one (the app's collation, worked out at build time, so no page collates 50,000 titles). */
  titleOrder?: number;
  /** Position of its details file in `InitiativeIndex.chunks`. */
  chunk: number;
};

/** The index as the app holds it: one entry per initiative. */
export interface InitiativeIndex {
  /** Details file names under `initiative-details/`, without `.json`: a county code, a league code, or `none`. */
  chunks: string[];
  initiatives: IndexedInitiative[];
  /** The first view's markers written beside the index (see firstMarkers.ts); absent when the build wrote none. */
  firstMarkers?: string;
  /** The stamp of the place index written with this index (see placeIndex.ts); the app reads only a matching pair. */
  placeStamp?: string;
}

/**
 * `initiative-index.json` as written: one column per field, entry `i` of every column belonging to initiative `i`,
 * which is about 30% smaller gzipped and half the text to parse compared with one object per initiative. Kinds and
 * categories are positions in the file's own `kinds` and `categories` lists; null stands for a field left out.
 */
export interface InitiativeIndexFile {
  chunks: string[];
  kinds: string[];
  categories: string[];
  id: string[];
  kind: number[];
  category: number[];
  secondaryCategories: number[][];
  /** Each initiative's places as positions in the place index written with it (placeIndex.ts; `placeStamp` names it). */
  places: number[][];
  title: string[];
  date: (string | null)[];
  lead: (string | null)[];
  top: (TopFigure | null)[];
  titleOrder: number[];
  chunk: number[];
  firstMarkers?: string;
  placeStamp?: string;
}

const COLUMNS = ['id', 'kind', 'category', 'secondaryCategories', 'places', 'title', 'date', 'lead', 'top', 'titleOrder', 'chunk'] as const;

/** The index as written, its places as positions in `placeIds` (the place index's ids in order); throws on a place it lacks. */
export function encodeInitiativeIndex(index: InitiativeIndex, placeIds: readonly string[]): InitiativeIndexFile {
  const its = index.initiatives;
  const kinds = [...ITEM_KINDS];
  const categories = [...CATEGORY_IDS];
  const placeNo = new Map(placeIds.map((id, k) => [id, k]));
  const positionOf = (it: IndexedInitiative, id: string) => {
    const k = placeNo.get(id);
    if (k === undefined) throw new Error(`initiative ${it.id} names place ${id}, which the place index does not hold`);
    return k;
  };
  return {
    chunks: index.chunks, kinds, categories,
    id: its.map((e) => e.id),
    kind: its.map((e) => kinds.indexOf(e.kind)),
    category: its.map((e) => categories.indexOf(e.category)),
    secondaryCategories: its.map((e) => (e.secondaryCategories ?? []).map((c) => categories.indexOf(c))),
    places: its.map((e) => e.places.map((id) => positionOf(e, id))),
    title: its.map((e) => e.title),
    date: its.map((e) => e.date ?? null),
    lead: its.map((e) => e.lead ?? null),
    top: its.map((e) => e.top ?? null),
    titleOrder: its.map((e, i) => e.titleOrder ?? i),
    chunk: its.map((e) => e.chunk),
    ...(index.firstMarkers ? { firstMarkers: index.firstMarkers } : {}),
    ...(index.placeStamp ? { placeStamp: index.placeStamp } : {}),
  };
}

/** What a reader that works in positions gets besides the entries, worked out by the read and its check anyway. */
export interface IndexPositions {
  /** Each initiative's places as positions in the place index (the file's column, checked). */
  placeRows: readonly (readonly number[])[];
  /** Each initiative's position by id. */
  itNo: Map<string, number>;
}

/** The entries read with their positions, or null with the problems. */
type Decoded = { index: InitiativeIndex | null; problems: string[]; positions?: IndexPositions };

/**
 * Reads the columns back into entries, checking the columns' shape first and then every entry (see
 * validateInitiativeIndex); `placeIds` are the ids of the place index it was written with, in order.
 */
export function decodeInitiativeIndex(data: unknown, placeIds: readonly string[]): Decoded {
  return toEnd(decodeInitiativeIndexSteps(data, placeIds, Infinity));
}

/** The same read, pausing (yield) after every `slice` entries read or checked, for a page to run it between other work. */
export function* decodeInitiativeIndexSteps(data: unknown, placeIds: readonly string[], slice: number): Generator<void, Decoded> {
  if (!isObj(data)) return { index: null, problems: ['initiative index: not an object'] };
  const f = data as unknown as InitiativeIndexFile;
  const n = Array.isArray(f.id) ? f.id.length : -1;
  const bad = [...COLUMNS, 'chunks', 'kinds', 'categories'].filter((k) => !Array.isArray((f as unknown as Record<string, unknown>)[k]));
  const uneven = COLUMNS.filter((k) => !bad.includes(k) && (f[k] as unknown[]).length !== n);
  if (bad.length || uneven.length) {
    return { index: null, problems: [`initiative index: ${bad.length ? `needs the columns ${bad.join(', ')}` : `columns ${uneven.join(', ')} differ in length from id`}`] };
  }
  const sec = (row: unknown) => (Array.isArray(row) ? row.map((c) => f.categories[c as number]) : row);
  const m = placeIds.length;
  const { problems: placeProblems, add } = collector();
  // Positions are checked here, so the entries' checks below need not look each place up.
  const placesOf = (i: number): string[] => {
    const row = f.places[i] as unknown;
    if (!Array.isArray(row)) { add(`initiatives[${i}]`, 'places must be a list of place positions'); return []; }
    const wrong = row.findIndex((k) => !(Number.isInteger(k) && k >= 0 && k < m));
    if (wrong >= 0) { add(`initiatives[${i}]`, `place position ${String(row[wrong])} is not in the place index`); return []; }
    return row.map((k: number) => placeIds[k]);
  };
  const initiatives = new Array<IndexedInitiative>(n);
  for (let i = 0; i < n; i++) {
    if (i > 0 && i % slice === 0) yield;
    const e = { id: f.id[i], kind: f.kinds[f.kind[i]], category: f.categories[f.category[i]], places: placesOf(i), title: f.title[i], titleOrder: f.titleOrder[i], chunk: f.chunk[i] } as IndexedInitiative;
    const s = f.secondaryCategories[i];
    if (!Array.isArray(s) || s.length) e.secondaryCategories = sec(s) as IndexedInitiative['secondaryCategories'];
    if (f.date[i] !== null) e.date = f.date[i] as string;
    if (f.lead[i] !== null) e.lead = f.lead[i] as string;
    if (f.top[i] !== null) e.top = f.top[i] as TopFigure;
    initiatives[i] = e;
  }
  const index: InitiativeIndex = { chunks: f.chunks, initiatives, ...(f.firstMarkers !== undefined ? { firstMarkers: f.firstMarkers } : {}),
    ...(f.placeStamp !== undefined ? { placeStamp: f.placeStamp } : {}) };
  const checked = yield* validateIndexSteps(index, undefined, slice);
  const problems = [...placeProblems, ...checked.problems];
  return problems.length ? { index: null, problems } : { index, problems, positions: { placeRows: f.places, itNo: checked.itNo } };
}

/** The index entries of each details file, by chunk number, in index order (the order of the file's records). */
export function entriesByChunk(index: InitiativeIndex): IndexedInitiative[][] {
  const byChunk = index.chunks.map((): IndexedInitiative[] => []);
  for (const e of index.initiatives) byChunk[e.chunk].push(e);
  return byChunk;
}

/** What a details file holds for each initiative: everything the index leaves out. */
export type InitiativeDetails = Omit<Initiative, 'kind' | 'category' | 'secondaryCategories' | 'places' | 'title'>;

/** What the build works out per initiative for the list (the app's own rules, passed in so the contract stays data only). */
export type ListFields = (it: Initiative) => { lead?: string; top?: Figure | null };

/** The details file an initiative goes in: the chunk of its main place (pathChunk), so a place or banner needs one file. */
export function detailsChunk(it: Pick<Initiative, 'places'>, pathOf: (placeId: string) => { code: string | null; level: string }[] | undefined): string {
  return pathChunk(it.places.length ? pathOf(it.places[0]) : undefined);
}

/** The list's figure as the index stores it: only what the list shows and sorts by. */
export function topFigureEntry(f: Figure): TopFigure {
  return {
    value: f.value, unit: f.unit, text: f.text, ...(f.hedge ? { hedge: f.hedge } : {}), ...(f.high !== undefined ? { high: f.high } : {}),
    ...(f.label ? { label: f.label } : {}),
  };
}

/** Splits the pipeline's records into the index and its details files (chunk name → records, index order kept). */
export function splitInitiatives(all: Initiative[], pathOf: Parameters<typeof detailsChunk>[1], listFields: ListFields = () => ({})): { index: InitiativeIndex; details: Map<string, InitiativeDetails[]> } {
  const details = new Map<string, InitiativeDetails[]>();
  const chunkNo = new Map<string, number>();
  const initiatives = all.map((it): IndexedInitiative => {
    const { kind, category, secondaryCategories, places, title, ...rest } = it;
    const name = detailsChunk(it, pathOf);
    if (!chunkNo.has(name)) { chunkNo.set(name, chunkNo.size); details.set(name, []); }
    details.get(name)!.push(rest);
    const date = it.source?.date;
    const { lead, top } = listFields(it);
    return {
      id: it.id, kind, category, ...(secondaryCategories.length ? { secondaryCategories } : {}), places, title,
      ...(date ? { date } : {}), ...(!title.trim() && lead ? { lead } : {}), ...(top ? { top: topFigureEntry(top) } : {}), chunk: chunkNo.get(name)!,
    };
  });
  return { index: { chunks: [...chunkNo.keys()], initiatives }, details };
}

/** An index entry and its details, joined back into the pipeline's record. */
export function joinInitiative(entry: IndexedInitiative, d: InitiativeDetails): Initiative {
  const { chunk: _chunk, date: _date, lead: _lead, top: _top, titleOrder: _order, secondaryCategories = [], ...head } = entry;
  return { ...d, ...head, secondaryCategories };
}

function topProblem(f: unknown): string | null {
  if (!isObj(f) || !isNum(f.value) || !isStr(f.unit) || !isStr(f.text)) return 'top must have value, unit and text';
  const hedge = hedgeProblem({ value: f.value, hedge: f.hedge, high: f.high });
  if (hedge) return `top: ${hedge}`;
  if (f.label !== undefined && !(isStr(f.label) && f.label)) return 'top label must be a non-empty string when present';
  return null;
}

/** Runs a stepwise check or read (below) to its end at once. */
function toEnd<T>(steps: Generator<void, T>): T {
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

export function validateInitiativeIndex(data: unknown, placeIds?: Set<string>): string[] {
  return toEnd(validateIndexSteps(data, placeIds, Infinity)).problems;
}

/** The check, pausing (yield) after every `slice` entries so that a page can let other work run between slices. */
function* validateIndexSteps(data: unknown, placeIds: Set<string> | undefined, slice: number): Generator<void, { problems: string[]; itNo: Map<string, number> }> {
  const { problems, add } = collector();
  // Each id's position: the duplicate check, and handed on to readers that need it (IndexPositions).
  const ids = new Map<string, number>();
  if (!isObj(data) || !Array.isArray(data.chunks) || !Array.isArray(data.initiatives)) return { problems: ['initiative index: needs chunks and initiatives arrays'], itNo: ids };
  if (!data.chunks.every((c) => isStr(c) && CHUNK_NAME.test(c))) add('chunks', 'names must be 12-digit codes or `none`');
  if (data.firstMarkers !== undefined && !(isStr(data.firstMarkers) && FIRST_MARKERS_NAME.test(data.firstMarkers))) add('firstMarkers', 'must name a first-markers-<16 hex digits>.geojson file');
  if (data.placeStamp !== undefined && !(isStr(data.placeStamp) && PLACE_STAMP.test(data.placeStamp))) add('placeStamp', 'must be 16 hex digits');
  const all = data.initiatives as IndexedInitiative[];
  const n = all.length;
  // Dates repeat across an archive: each distinct one is checked once.
  const dates = new Map<string, boolean>();
  const goodDate = (d: string) => { let ok = dates.get(d); if (ok === undefined) dates.set(d, (ok = isSourceDate(d))); return ok; };
  for (let i = 0; i < n; i++) {
    if (i > 0 && i % slice === 0) yield;
    const it = all[i];
    // The place named in a problem is only written out when there is one.
    const at = (what: string) => add(`initiatives[${i}]`, what);
    if (!isObj(it)) { at('not an object'); continue; }
    if (!isStr(it.id) || !it.id || ids.has(it.id)) at(`missing or duplicate id ${String(it.id)}`);
    ids.set(it.id, i);
    if (!isStr(it.title)) at('title must be a string');
    if (!ITEM_KINDS.includes(it.kind)) at(`bad kind ${String(it.kind)}`);
    if (!CATEGORY_IDS.includes(it.category)) at(`bad category ${String(it.category)}`);
    if (it.secondaryCategories !== undefined && !(Array.isArray(it.secondaryCategories) && it.secondaryCategories.length && it.secondaryCategories.every((c) => CATEGORY_IDS.includes(c)))) {
      at('secondaryCategories must be known categories, left out when empty');
    }
    if (!Array.isArray(it.places) || !it.places.every(isStr)) at('places must be string ids');
    else if (placeIds) for (const p of it.places) if (!placeIds.has(p)) at(`unknown place ${p}`);
    if (it.date !== undefined && !(isStr(it.date) && goodDate(it.date))) at(`date must be YYYY, YYYY-MM or YYYY-MM-DD, not ${String(it.date)}`);
    if (it.lead !== undefined && !(isStr(it.lead) && isStr(it.title) && !it.title.trim())) at('lead must be a string, present only when the title is empty');
    if (it.top !== undefined) { const p = topProblem(it.top); if (p) at(p); }
    if (it.titleOrder !== undefined && !(Number.isInteger(it.titleOrder) && it.titleOrder >= 0 && it.titleOrder < n)) at('titleOrder must be a rank 0…n-1');
    if (!isNum(it.chunk) || !Number.isInteger(it.chunk) || it.chunk < 0 || it.chunk >= (data.chunks as unknown[]).length) at('chunk must name one of chunks');
  }
  return { problems, itNo: ids };
}

/** A details file checked against the index entries that point to it: the same ids in the same order, each joined record valid, and each index date and top figure its own. */
export function validateInitiativeDetails(data: unknown, entries: IndexedInitiative[], placeIds?: Set<string>): string[] {
  if (!Array.isArray(data)) return ['initiative details: not an array'];
  if (data.length !== entries.length || data.some((d, i) => !isObj(d) || d.id !== entries[i].id)) {
    return [`initiative details: ${data.length} records, the index points ${entries.length} here, or their ids differ`];
  }
  const joined = data.map((d, i) => joinInitiative(entries[i], d as InitiativeDetails));
  const problems = validateInitiatives(joined, placeIds);
  if (problems.length) return problems;
  joined.forEach((it, i) => {
    const e = entries[i];
    if ((it.source?.date ?? undefined) !== e.date) problems.push(`initiatives[${i}]: the index date ${String(e.date)} is not the source's ${String(it.source?.date)}`);
    if (e.top && !it.figures.some((f) => f.value === e.top!.value && f.unit === e.top!.unit && f.text === e.top!.text)) problems.push(`initiatives[${i}]: the index's top figure is none of its figures`);
  });
  return problems;
}
