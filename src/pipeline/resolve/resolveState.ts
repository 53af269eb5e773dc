/** Shared state of one document's resolution and the constructors of resolved mentions. */
import type { Gazetteer, Unit } from '../../gazetteer/index.ts';
import type { ItemSpan, RawMention, ResolvedMention } from '../types.ts';
import type { Level } from '../../contract/index.ts';
import { ancestorAt, codeDepth, levelDepth, levelOfWritten } from '../../contract/index.ts';

export interface ResolveState {
  gaz: Gazetteer;
  clean: string;
  items: ItemSpan[];
  raw: RawMention[];
  /** Result per raw mention, null while unresolved. */
  out: (ResolvedMention | null)[];
  /** Item index per raw mention (-1: outside every item). */
  itemOf: number[];
  /** Codes of places resolved so far, per item and for the whole document (kept by `settle`, so lookups stay cheap). */
  itemPlaces: Map<number, Set<string>>;
  docPlaces: Set<string>;
  /** First place resolved for each written surface. */
  bySurface: Map<string, ResolvedMention[]>;
  /** Whether each raw mention is named as a neighbour (neighbourWords), computed when first needed. */
  neighbours?: boolean[];
}

export function newState(gaz: Gazetteer, clean: string, items: ItemSpan[], raw: RawMention[], itemOf: number[]): ResolveState {
  return { gaz, clean, items, raw, out: raw.map(() => null), itemOf, itemPlaces: new Map(), docPlaces: new Set(), bySurface: new Map() };
}

/** Records the result of mention i and indexes it when it is a place. */
export function settle(st: ResolveState, i: number, r: ResolvedMention | null): void {
  st.out[i] = r;
  if (!r || r.status !== 'place') return;
  const list = st.bySurface.get(st.raw[i].surface) ?? [];
  if (list.length < 8) list.push(r);
  st.bySurface.set(st.raw[i].surface, list);
  if (!r.code) return;
  st.docPlaces.add(r.code);
  const item = st.itemOf[i];
  if (item < 0) return;
  if (!st.itemPlaces.has(item)) st.itemPlaces.set(item, new Set());
  st.itemPlaces.get(item)!.add(r.code);
}

/** What resolution decided; the mention's own fields (span, surface, source, suffix, chain link) come from the raw mention. */
type Verdict = Pick<ResolvedMention, 'code' | 'parentCode' | 'name' | 'level' | 'confidence' | 'rule' | 'status'> & { reason?: string };

/**
 * Every resolved mention is made here, as one object shape: built as a spread of the raw mention, each took the shape of
 * its own raw fields, and the property-by-property build was 5 % of a run's CPU.
 */
function resolved(raw: RawMention, item: number, v: Verdict): ResolvedMention {
  return {
    start: raw.start, end: raw.end, surface: raw.surface, source: raw.source, suffix: raw.suffix, chained: raw.chained,
    reason: v.reason ?? raw.reason, item, code: v.code, parentCode: v.parentCode, name: v.name, level: v.level,
    confidence: v.confidence, rule: v.rule, status: v.status,
  };
}

export function asPlace(raw: RawMention, item: number, u: Unit, rule: string, confidence: number): ResolvedMention {
  return resolved(raw, item, { code: u.code, parentCode: u.parentCode, name: u.name, level: u.level, confidence: round(confidence), rule, status: 'place' });
}

/** A unit the gazetteer lacks, placed under its resolved parent. */
export function asUnlisted(raw: RawMention, item: number, parent: Unit, rule: string, confidence: number): ResolvedMention {
  return resolved(raw, item, {
    code: null, parentCode: parent.code, name: raw.surface, level: levelOfWritten(raw.surface) ?? 'poi',
    confidence: round(confidence), rule, status: 'place',
  });
}

/** One sense per page: a name written again (音德镇 … 音德镇) means what it meant where it was resolved, in its item first. */
export function sameNameEarlier(st: ResolveState, i: number): ResolvedMention | null {
  const raw = st.raw[i];
  const list = st.bySurface.get(raw.surface) ?? [];
  const r = list.find((x) => x.item === st.itemOf[i]) ?? list[0];
  return r ? asSameName(raw, st.itemOf[i], r) : null;
}

/** A name written again, read as the place `r` its earlier mention was (one sense per page). */
export function asSameName(raw: RawMention, item: number, r: ResolvedMention): ResolvedMention {
  return resolved(raw, item, {
    code: r.code, parentCode: r.parentCode, name: r.name, level: r.level, confidence: r.confidence,
    rule: r.rule.startsWith('same-name') ? r.rule : `same-name+${r.rule}`, status: 'place',
  });
}

export function asOther(
  raw: RawMention, item: number, status: ResolvedMention['status'], reason: string,
  extra: { code?: string | null; level?: Level; confidence?: number; rule?: string } = {},
): ResolvedMention {
  return resolved(raw, item, {
    code: extra.code ?? null, parentCode: null, name: raw.surface, level: extra.level ?? levelOfWritten(raw.surface) ?? 'poi',
    confidence: round(extra.confidence ?? 0), rule: extra.rule ?? status, status, reason,
  });
}

const round = (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;

/** The resolved place right before mention i with no gap (a chain link: 中和西镇|南伙房村), or null. */
export function chainParent(st: ResolveState, i: number): ResolvedMention | null {
  const prev = st.out[i - 1];
  if (i === 0 || !prev || prev.end !== st.raw[i].start) return null;
  // A generic reference that found its unit (该镇, 全旗) heads a chain like the name it stands for; the region does not.
  const usable = prev.status === 'place' || (prev.status === 'generic' && prev.code !== null && codeDepth(prev.code) >= 1);
  // A chain runs down the levels: a banner written right after a gacha (…阿日赖嘎查|鄂托克旗…, a list whose separators
  // were lost) starts a new chain. One of the same level stays a link, which the text contradicts (科右前旗|扎赉诺尔区).
  const written = levelOfWritten(st.raw[i].surface);
  if (written && prev.level && levelDepth(written) < levelDepth(prev.level)) return null;
  return usable && prev.code ? prev : null;
}

/** The places named around mention i: its item's, or the whole page's when its item names none; most specific first. */
export function nearestContext(st: ResolveState, i: number): { codes: string[]; scope: 'item' | 'document' } {
  const codes = contextCodes(st, i, 'item');
  return codes.length > 0 ? { codes, scope: 'item' } : { codes: contextCodes(st, i, 'document'), scope: 'document' };
}

/** Codes of places resolved so far in mention i's item (or in the whole document), most specific first. */
export function contextCodes(st: ResolveState, i: number, scope: 'item' | 'document'): string[] {
  const set = scope === 'document' ? st.docPlaces : st.itemOf[i] >= 0 ? st.itemPlaces.get(st.itemOf[i]) : undefined;
  return set ? [...set].sort((a, b) => codeDepth(b) - codeDepth(a)) : [];
}

/**
 * A unit only its league places, while the story names banners of that league and none is its own: more likely a unit
 * the gazetteer lacks in the banner named (铁力哈达嘎查 read as another banner's 哈达嘎查) than that banner's, so it is
 * kept with low confidence for an editor to check.
 */
export function inOtherBanner(code: string, ctx: readonly string[]): boolean {
  const banners = ctx.filter((c) => codeDepth(c) >= 2 && ancestorAt(c, 1) === ancestorAt(code, 1)).map((c) => ancestorAt(c, 2));
  return banners.length > 0 && !banners.includes(ancestorAt(code, 2));
}
