/**
 * The nmg-atlas data contract: what the pipeline writes and the app reads.
 * Defined once here; `validate*` functions are called where data is written and where it is loaded.
 */

/** Administrative level of a place, from league down; `poi` is a named spot below a village (a 小区, a canteen). */
export type Level = 'prefecture' | 'county' | 'township' | 'village' | 'poi';
export const LEVELS: readonly Level[] = ['prefecture', 'county', 'township', 'village', 'poi'];

/** How precisely a point is known: `exact` is the unit's own point; the others say whose point stands in for it. */
export type Precision = 'exact' | 'township' | 'county' | 'prefecture';
export const PRECISIONS: readonly Precision[] = ['exact', 'township', 'county', 'prefecture'];

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
  /** Stable id: `c<code>` for gazetteer units, `x<parentCode>-<name>` for units the gazetteer lacks. */
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
  /** Every non-generic mention of this place. */
  mentions: Mention[];
  /**
   * True when no mention is a confident match (each is fuzzy, a variant, an unconfirmed short form, a lone candidate
   * or of low confidence): the app shows the place as uncertain. The pipeline always writes it; absent reads as false.
   */
  doubtful?: boolean;
  /** Ids of the initiatives that mention this place (main place of an initiative first in its own `places`). */
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
 * `under` 不到/不足/以下, `up-to` 最多/最高.
 */
export type Hedge = 'about' | 'over' | 'nearly' | 'under' | 'up-to';
export const HEDGES: readonly Hedge[] = ['about', 'over', 'nearly', 'under', 'up-to'];

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
  /** Stable id: `<file stem>#<start>`. */
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
}

/** Per league/banner summary: initiatives by category (descendants included) and number of places. */
export interface Rollup {
  code: string;
  name: string;
  level: 'prefecture' | 'county';
  initiatives: number;
  byCategory: Partial<Record<CategoryId, number>>;
  places: number;
}

/**
 * Status of a reported mention: `low-confidence` and `doubtful` are places on the map that an editor should check
 * (below the confidence bar; read by a fuzzy, variant, short-form or single-candidate rule); the others are not mapped.
 */
export type ReportStatus = 'unresolved' | 'low-confidence' | 'doubtful' | 'outside' | 'generic' | 'not-a-place';
export const REPORT_STATUSES: readonly ReportStatus[] = ['unresolved', 'low-confidence', 'doubtful', 'outside', 'generic', 'not-a-place'];

/** Why a resolution rule is a guess: a fuzzy or variant reading, a short form no chain confirms, or the lone unit of that name. */
export type RuleDoubt = 'fuzzy' | 'short' | 'lone';

/** What a rule name (Mention.rule) says about doubt: `chain+…` links are confirmed by the link before, unless fuzzy. */
export function ruleDoubt(rule: string): RuleDoubt | null {
  if (/fuzzy|variant/.test(rule)) return 'fuzzy';
  if (/\bunique\b/.test(rule)) return 'lone';
  if (/\+(alias|abbrev|bare)\b/.test(rule) && !rule.startsWith('chain')) return 'short';
  return null;
}

/** A mention the pipeline could not place, or placed with doubt, with its context sentence. */
export interface ReportedMention {
  file: string;
  start: number;
  end: number;
  surface: string;
  context: string;
  status: ReportStatus;
  reason: string;
  /** The rule that resolved it (or the status, when no rule applied). */
  rule: string;
  /** Resolved code, when there is one. */
  code?: string | null;
  confidence?: number;
}

/** One input file as the pipeline read it. */
export interface FileReport {
  file: string;
  status: 'ok' | 'skipped';
  encoding?: string;
  bytes: number;
  message?: string;
}

/** `report.json`: nothing the pipeline saw is lost silently. */
export interface Report {
  files: FileReport[];
  mentions: ReportedMention[];
  counts: Record<string, number>;
}
