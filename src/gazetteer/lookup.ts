/**
 * lookup(text): exact written forms first, then the suffix-stripped stem, then transliteration variants,
 * and only when nothing else matched a one-edit fuzzy match on variant keys; best first, deterministic.
 */
import type { GazetteerIndex } from './buildIndex.ts';
import { withinOneEdit } from './editDistance.ts';
import { isCode, LEVELS, levelOfSuffix } from '../contract/index.ts';
import { MATCH_SCORES } from './kindRank.ts';
import { stemOf } from './stem.ts';
import type { Candidate, FormKind, LookupOptions, Unit } from './types.ts';
import type { VariantKeyFn } from './variants.ts';

/** Longer input is not a name; such queries return nothing rather than scan. */
export const MAX_QUERY_LENGTH = 64;
/** Fuzzy matching needs a stem this long so that two-character names never match by accident. */
const MIN_FUZZY_STEM = 3;

export interface LookupContext {
  index: GazetteerIndex;
  units: Map<string, Unit>;
  variantKey: VariantKeyFn;
  isWithin(code: string, ancestor: string): boolean;
  /** Traditional → simplified; the text is looked up both as given and converted. */
  toSimplified(text: string): string;
}

type Hit = { code: string; score: number; form: string; kind: FormKind | 'variant' };

function collect(text: string, ctx: LookupContext, keep: (code: string) => boolean): Hit[] {
  const hits: Hit[] = [];
  for (const ref of ctx.index.forms.get(text) ?? []) {
    if (keep(ref.code)) hits.push({ code: ref.code, score: MATCH_SCORES[ref.kind], form: text, kind: ref.kind });
  }
  const stem = stemOf(text);
  const wanted = levelOfSuffix(text.slice(stem.length));
  // A stem match is better when the unit's level agrees with the suffix the text was written with.
  const adjust = (code: string) => (!wanted ? 0 : ctx.units.get(code)?.level === wanted ? 0.05 : -0.1);
  for (const code of ctx.index.stems.get(stem) ?? []) {
    if (keep(code)) hits.push({ code, score: MATCH_SCORES.stem + adjust(code), form: stem, kind: 'suffix' });
  }
  const key = ctx.variantKey(stem);
  for (const code of ctx.index.variantStems.get(key) ?? []) {
    if (keep(code)) hits.push({ code, score: MATCH_SCORES.variant + adjust(code), form: stem, kind: 'variant' });
  }
  if (hits.length === 0 && stem.length >= MIN_FUZZY_STEM) {
    for (const [k, code] of ctx.index.fuzzy) {
      if (withinOneEdit(k, key) && keep(code) && (!wanted || ctx.units.get(code)?.level === wanted)) {
        hits.push({ code, score: MATCH_SCORES.fuzzy, form: stem, kind: 'variant' });
      }
    }
  }
  return hits;
}

/**
 * A written chain (科右前旗满都呼宝拉格镇, 呼和浩特市新城区): the longest leading form of a league, county or
 * township, then the rest looked up below that unit; the whole text is the matched form.
 */
function chainHits(text: string, ctx: LookupContext, keep: (code: string) => boolean, depth = 0): Hit[] {
  if (depth > 2) return [];
  for (let len = text.length - 2; len >= 2; len--) {
    const parents = (ctx.index.forms.get(text.slice(0, len)) ?? []).filter((r) => ctx.units.get(r.code)?.level !== 'village');
    if (parents.length === 0) continue;
    const rest = text.slice(len);
    const hits = parents.flatMap((p) => {
      const below = (code: string) => code !== p.code && keep(code) && ctx.isWithin(code, p.code);
      const direct = collect(rest, ctx, below);
      return direct.length > 0 ? direct : chainHits(rest, ctx, below, depth + 1);
    });
    if (hits.length > 0) return hits.map((h) => ({ ...h, form: text }));
  }
  return [];
}

function toCandidate(h: Hit, u: Unit): Candidate {
  const { code, name, level, parentCode, path, lon, lat, precision } = u;
  const score = Math.round(Math.max(0, Math.min(1, h.score)) * 1000) / 1000;
  return { code, name, level, parentCode, path, lon, lat, precision, score, matchedForm: h.form, matchKind: h.kind };
}

export function lookup(text: string, options: LookupOptions, ctx: LookupContext): Candidate[] {
  const within = options.within;
  if (within !== undefined && !isCode(within)) throw new Error(`within must be a 12-digit code, got "${within}"`);
  const query = String(text ?? '').replace(/\s+/g, '');
  if (!query || query.length > MAX_QUERY_LENGTH) return [];
  const keep = (code: string) => !within || ctx.isWithin(code, within);
  const simplified = ctx.toSimplified(query);
  // Traditional text (copied from Hong Kong or Taiwan pages) is matched in simplified form as well.
  const hits: Hit[] = collect(query, ctx, keep).concat(simplified !== query ? collect(simplified, ctx, keep) : []);
  if (hits.length === 0) hits.push(...chainHits(simplified, ctx, keep));
  const best = new Map<string, Hit>();
  for (const h of hits) if ((best.get(h.code)?.score ?? -1) < h.score) best.set(h.code, h);
  return [...best.values()]
    .map((h) => toCandidate(h, ctx.units.get(h.code)!))
    .sort((a, b) => b.score - a.score || LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || a.code.localeCompare(b.code));
}
