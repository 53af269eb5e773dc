/**
 * The app's own view of initiatives.json, derived at build time: `initiative-index.json` holds what filtering,
 * counting, the legend, clusters and the list's first page need; `initiative-details/<chunk>.json` holds the rest
 * (summary, figures, people, byline, source span), one file per county of the initiative's main place, fetched
 * when a place, region or list page needs it. Joined back, an entry and its details are the pipeline's record.
 */
import { collector, isNum, isObj, isStr } from './check.ts';
import { CATEGORY_IDS, validateInitiatives, type Initiative } from './initiatives.ts';

/** The fields of an initiative the first view needs. */
export type IndexedInitiative = Pick<Initiative, 'id' | 'category' | 'secondaryCategories' | 'places' | 'title'> & {
  /** Publication date (YYYY-MM-DD) when the pipeline knows it. */
  date?: string;
  /** Position of its details file in `InitiativeIndex.chunks`. */
  chunk: number;
};

export interface InitiativeIndex {
  /** Details file names under `initiative-details/`, without `.json`: a county code, a league code, or `none`. */
  chunks: string[];
  initiatives: IndexedInitiative[];
}

/** What a details file holds for each initiative: everything the index leaves out. */
export type InitiativeDetails = Omit<Initiative, 'category' | 'secondaryCategories' | 'places' | 'title'>;

/** The details file an initiative goes in: the county (else league) of its main place, so a place or banner needs one file. */
export function detailsChunk(it: Pick<Initiative, 'places'>, pathOf: (placeId: string) => { code: string | null; level: string }[] | undefined): string {
  const path = (it.places.length ? pathOf(it.places[0]) : undefined)?.filter((s) => s.code);
  return (path?.find((s) => s.level === 'county') ?? path?.[0])?.code ?? 'none';
}

/** Splits the pipeline's records into the index and its details files (chunk name → records, index order kept). */
export function splitInitiatives(all: Initiative[], pathOf: Parameters<typeof detailsChunk>[1]): { index: InitiativeIndex; details: Map<string, InitiativeDetails[]> } {
  const details = new Map<string, InitiativeDetails[]>();
  const chunkNo = new Map<string, number>();
  const initiatives = all.map((it) => {
    const { category, secondaryCategories, places, title, ...rest } = it;
    const name = detailsChunk(it, pathOf);
    if (!chunkNo.has(name)) { chunkNo.set(name, chunkNo.size); details.set(name, []); }
    details.get(name)!.push(rest);
    const date = (it as { date?: unknown }).date;
    return { id: it.id, category, secondaryCategories, places, title, ...(isStr(date) ? { date } : {}), chunk: chunkNo.get(name)! };
  });
  return { index: { chunks: [...chunkNo.keys()], initiatives }, details };
}

/** An index entry and its details, joined back into the pipeline's record. */
export function joinInitiative(entry: IndexedInitiative, d: InitiativeDetails): Initiative {
  const { chunk: _chunk, date: _date, ...head } = entry;
  return { ...d, ...head };
}

export function validateInitiativeIndex(data: unknown, placeIds?: Set<string>): string[] {
  const { problems, add } = collector();
  if (!isObj(data) || !Array.isArray(data.chunks) || !Array.isArray(data.initiatives)) return ['initiative index: needs chunks and initiatives arrays'];
  if (!data.chunks.every((c) => isStr(c) && /^[0-9a-z]+$/.test(c))) add('chunks', 'names must be codes (digits) or `none`');
  const ids = new Set<string>();
  (data.initiatives as IndexedInitiative[]).forEach((it, i) => {
    const w = `initiatives[${i}]`;
    if (!isObj(it)) return add(w, 'not an object');
    if (!isStr(it.id) || !it.id || ids.has(it.id)) add(w, `missing or duplicate id ${String(it.id)}`);
    ids.add(it.id);
    if (!isStr(it.title)) add(w, 'title must be a string');
    if (!CATEGORY_IDS.includes(it.category)) add(w, `bad category ${String(it.category)}`);
    if (!Array.isArray(it.secondaryCategories) || !it.secondaryCategories.every((c) => CATEGORY_IDS.includes(c))) add(w, 'bad secondaryCategories');
    if (!Array.isArray(it.places) || !it.places.every(isStr)) add(w, 'places must be string ids');
    else if (placeIds) for (const p of it.places) if (!placeIds.has(p)) add(w, `unknown place ${p}`);
    if (it.date !== undefined && !(isStr(it.date) && /^\d{4}-\d{2}-\d{2}$/.test(it.date))) add(w, 'date must be YYYY-MM-DD');
    if (!isNum(it.chunk) || !Number.isInteger(it.chunk) || it.chunk < 0 || it.chunk >= (data.chunks as unknown[]).length) add(w, 'chunk must name one of chunks');
  });
  return problems;
}

/** A details file checked against the index entries that point to it: the same ids in the same order, and each joined record valid. */
export function validateInitiativeDetails(data: unknown, entries: IndexedInitiative[], placeIds?: Set<string>): string[] {
  if (!Array.isArray(data)) return ['initiative details: not an array'];
  if (data.length !== entries.length || data.some((d, i) => !isObj(d) || d.id !== entries[i].id)) {
    return [`initiative details: ${data.length} records, the index points ${entries.length} here, or their ids differ`];
  }
  return validateInitiatives(data.map((d, i) => joinInitiative(entries[i], d as InitiativeDetails)), placeIds);
}
