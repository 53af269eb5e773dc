/**
 * Internal types passed between pipeline steps. Public output types live in src/contract/.
 * Steps work on `Doc.clean` (normalised, layout repaired) and map spans back to `Doc.text` with `Doc.map`.
 */
import type { CategoryId, Hedge, ItemKind, Level, Person, Precision } from '../contract/index.ts';

/** A file as read from disk. */
export interface SourceFile {
  /** Base name. */
  file: string;
  bytes: Uint8Array;
}

/** A decoded file and its cleaned form. */
export interface Doc {
  file: string;
  /** Encoding detected: `utf-8`, `utf-16le`, `utf-16be`, `gb18030`. */
  encoding: string;
  /** The decoded original text; every output offset refers to it (UTF-16 code units). */
  text: string;
  /** Normalised text (simplified, half-width, noise dropped, column breaks joined). */
  clean: string;
  /** map[i] = offset in `text` of clean[i]; map[clean.length] = text.length, so spans map as [map[s], map[e-1]+1). */
  map: ArrayLike<number>;
}

/** A span in `Doc.clean`. */
export interface Span {
  start: number;
  end: number;
}

/** A newspaper item found in `Doc.clean` (offsets in clean coordinates). */
export interface ItemSpan extends Span {
  kind: ItemKind;
  /** Title span, or null when the item has none (a brief may not). */
  title: Span | null;
  /** The title is the lead's first clause (the item prints no headline), so it weighs like body text. */
  titleFromLead?: boolean;
  /** Byline span (reporters, correspondents, photographer), or null. */
  byline: Span | null;
  /** Where the body text starts. */
  bodyStart: number;
}

/** A candidate place mention found by the matcher, before resolution (clean coordinates). */
export interface RawMention extends Span {
  /** The name matched: the text in `clean` at the span, without stray spaces, or a 行政/自然 before 村, stepped over inside it. */
  surface: string;
  /**
   * `gazetteer` (a known written form), `pattern` (…村/…嘎查/… not in the gazetteer), `generic` (全旗…),
   * `outside` (a place outside Inner Mongolia), `not-place` (the reviewed stop list: organisations, brands, slogans).
   */
  source: 'gazetteer' | 'pattern' | 'generic' | 'outside' | 'not-place';
  /** Pattern mentions: the unit suffix written (村, 嘎查, 社区, 小区 …). */
  suffix?: string;
  /** Pattern mentions: the name runs right up to the mention before it (a chain link such as 突泉县|利民社区). */
  chained?: boolean;
  /** Why a matched form is not a place here (a short form inside a longer word: 乌达|木). */
  reason?: string;
}

/** A mention after resolution (clean coordinates). */
export interface ResolvedMention extends RawMention {
  /** Index of the item it lies in. */
  item: number;
  /** Resolved 12-digit code (for pattern units: null, with `parentCode` set). */
  code: string | null;
  parentCode: string | null;
  /** Name to show for units the gazetteer lacks (the surface, normalised). */
  name: string;
  level: Level;
  confidence: number;
  rule: string;
  /** `place` goes on the map; the others are reported only. */
  status: 'place' | 'generic' | 'outside' | 'not-a-place' | 'unresolved';
  reason?: string;
}

/** What a place id and a point are made of: a resolved mention's verdict, whatever its offsets. */
export type PlaceRef = Pick<ResolvedMention, 'status' | 'code' | 'parentCode' | 'name'>;

/**
 * A resolved mention as the per-file step hands it to the merge: span and surface already in the ORIGINAL text,
 * with the verdict the merge and the report need (so no offset map travels past the per-file step).
 */
export interface FileMention extends Span, PlaceRef {
  surface: string;
  level: Level;
  confidence: number;
  rule: string;
  reason?: string;
}

/** One file's text and mentions, in original offsets: the merge's input. */
export interface FileMentions {
  file: string;
  text: string;
  mentions: FileMention[];
}

/** A geocoded place, one per distinct unit per run (before merge across files). */
export interface Located {
  id: string;
  lon: number;
  lat: number;
  precision: Precision;
  inGazetteer: boolean;
}

/** A figure in clean coordinates, before mapping back to the original text. */
export interface FigureSpan extends Span {
  value: number;
  unit: string;
  approx: boolean;
  hedge: Hedge | null;
  /** The upper bound of a range (hedge `range`). */
  high?: number;
  label: string;
}

/** The classifier's verdict on one item. */
export interface Classification {
  category: CategoryId;
  secondaryCategories: CategoryId[];
  /** Per-category scores, for transparency and tuning. */
  scores: Partial<Record<CategoryId, number>>;
}

export type { Person };
