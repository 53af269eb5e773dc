/** `initiatives.json`: one record per newspaper item, with its category, figures, people and places; types and validator. */
import { checkSpan, collector, isNum, isObj, isStr } from './check.ts';
import { isRegionId } from './ids.ts';
import { type Source, sourceProblems } from './source.ts';

/** The fixed initiative categories; ids are stable so that maps and other tools can rely on them. */
export const CATEGORIES = [
  { id: 'elderly-care', zh: '养老助老', en: 'Elderly care' },
  { id: 'employment', zh: '就业创业', en: 'Employment' },
  { id: 'community-services', zh: '社区服务', en: 'Community services' },
  { id: 'rural-governance', zh: '乡村治理与积分制', en: 'Rural governance & points systems' },
  { id: 'rural-development', zh: '乡村振兴与集体经济', en: 'Rural development & poverty alleviation' },
  { id: 'talent-training', zh: '人才与干部培养', en: 'Talent & cadre training' },
  { id: 'industry-tourism', zh: '产业与文旅', en: 'Industry & tourism' },
  { id: 'party-education', zh: '党员教育与宣讲', en: 'Party education & propaganda' },
  { id: 'party-building', zh: '基层组织建设', en: 'Party organisation building' },
  { id: 'pandemic-response', zh: '疫情防控', en: 'Pandemic response' },
  { id: 'border-unity', zh: '边疆与民族团结', en: 'Border & ethnic unity' },
  { id: 'public-services', zh: '监管与公共服务', en: 'Regulation & public services' },
] as const;
export type CategoryId = (typeof CATEGORIES)[number]['id'];
export const CATEGORY_IDS: readonly CategoryId[] = CATEGORIES.map((c) => c.id);

/** What kind of newspaper item an initiative comes from; `other` is a box that is not news (study lists, essays). */
export type ItemKind = 'article' | 'photo' | 'brief' | 'other';
export const ITEM_KINDS: readonly ItemKind[] = ['article', 'photo', 'brief', 'other'];

/**
 * How the text hedges a figure: `about` 约/左右/上下, `over` 余/多/超/逾/以上/突破, `nearly` 近/将近/接近,
 * `under` 不到/不足/以下, `up-to` 最多/最高, `range` a span from `value` to `high` (两三百, 三四十, 6-10个, 3至5万元).
 */
export type Hedge = 'about' | 'over' | 'nearly' | 'under' | 'up-to' | 'range';
export const HEDGES: readonly Hedge[] = ['about', 'over', 'nearly', 'under', 'up-to', 'range'];

/** The problem with a figure's hedge and upper bound, or null: `high` is set exactly for a range, and above `value`. */
export function hedgeProblem(f: { value: number; hedge?: unknown; high?: unknown }): string | null {
  if (f.hedge !== undefined && f.hedge !== null && !HEDGES.includes(f.hedge as Hedge)) return `bad hedge ${String(f.hedge)}`;
  if ((f.hedge === 'range') !== (f.high !== undefined)) return 'high must be set exactly when the hedge is range';
  if (f.high !== undefined && !(typeof f.high === 'number' && Number.isFinite(f.high) && f.high > f.value)) return 'high must be a number above value';
  return null;
}

/** A quantitative figure, traceable to its span in the source. */
export interface Figure {
  /** Numeric value with multipliers applied: 1700余万元 → 17000000. */
  value: number;
  /** Base unit after multipliers: `元`, `名`, `%`, `亩` … */
  unit: string;
  /** True exactly when `hedge` is set. */
  approx: boolean;
  /** How the text hedges the number, or null when it states it exactly. */
  hedge: Hedge | null;
  /** The upper bound of a range (两三百元: value 200, high 300); left out for any other figure. */
  high?: number;
  /** Exactly the source text at [start, end). */
  text: string;
  start: number;
  end: number;
  /** What is counted, a noun phrase from the text (“城市基层党组织”, “就业岗位”); empty when the text names nothing. */
  label: string;
  /**
   * Id of the place whose number it is: the unit its clause or sentence names, else the item's main place; a league
   * or banner named only generically (全盟) is its region id `c<code>`; null for region-wide or national numbers.
   */
  place: string | null;
}

/** A named person in an item, with the role the text gives. */
export interface Person {
  name: string;
  role: string;
}

/** One item of a newspaper page: an article, a photo caption, a brief, or another box. */
export interface Initiative {
  /** Stable id (see ids.ts): `<file stem>#<start>`. */
  id: string;
  /** Base name of the source file. */
  file: string;
  kind: ItemKind;
  title: string;
  /** Reporters and correspondents, verbatim without page furniture (□, brackets); empty when none. */
  byline: string;
  /** Offsets of the whole item in the decoded original text. */
  start: number;
  end: number;
  /** Lead sentence or two, verbatim. */
  summary: string;
  category: CategoryId;
  secondaryCategories: CategoryId[];
  /** Place ids (see PlaceProperties.id), the place the item is mainly about first. */
  places: string[];
  figures: Figure[];
  people?: Person[];
  /** The article's outlet, date, page and link; the pipeline always writes it (null fields when the archive gave none). */
  source?: Source;
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
    if (it.source !== undefined) for (const p of sourceProblems(it.source)) add(w, p);
    if (!Array.isArray(it.places) || !it.places.every(isStr)) add(w, 'places must be string ids');
    else if (placeIds) for (const p of it.places) if (!placeIds.has(p)) add(w, `unknown place ${p}`);
    if (!Array.isArray(it.figures)) return add(w, 'figures must be an array');
    it.figures.forEach((f, j) => {
      const fw = `${w}.figures[${j}]`;
      if (!isObj(f) || !isNum(f.value) || !isStr(f.unit) || typeof f.approx !== 'boolean' || !isStr(f.label)) return add(fw, 'value/unit/approx/label malformed');
      if (f.approx !== (f.hedge !== null)) add(fw, 'approx must be true exactly when a hedge is set');
      const hedge = hedgeProblem(f);
      if (hedge) add(fw, hedge);
      if (f.place !== null && !(isStr(f.place) && (placeIds ? placeIds.has(f.place) || isRegionId(f.place) : /^[cx]/.test(f.place)))) {
        add(fw, `figure place ${String(f.place)} is neither a place nor a league or banner`);
      }
      checkSpan(add, fw, f as unknown as Record<string, unknown>, 'text');
    });
  });
  return problems;
}
