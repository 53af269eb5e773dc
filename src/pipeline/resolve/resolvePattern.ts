/**
 * resolvePattern: a unit found by its suffix only. As a chain link it is read inside its parent (fuzzy) or kept
 * as a unit the gazetteer lacks under that parent; elsewhere it must match a unit inside the places named around
 * it, trying shorter starts since the name's first character is uncertain.
 */
import type { RawMention, ResolvedMention } from '../types.ts';
import { fuzzyWithin } from './fuzzyWithin.ts';
import { fuzzyInContext } from './fuzzyInContext.ts';
import { codeDepth, levelDepth, levelOfWritten } from '../../contract/index.ts';
import { asOther, asPlace, asUnlisted, chainParent, inOtherBanner, nearestContext, sameNameEarlier, type ResolveState } from './resolveState.ts';
import { PIPELINE_DEFAULTS } from '../defaults.ts';
import { notOfName } from '../mentions/notPlaceRules.ts';
import { formOfSpan } from '../mentions/buildMatcher.ts';

/** A chain link the gazetteer lacks: kept under its parent when the levels fit (a 村 under a 镇 or a 旗). */
export function unlistedUnder(st: ResolveState, i: number, raw: RawMention, parent: ResolvedMention): ResolvedMention {
  const item = st.itemOf[i];
  const level = levelOfWritten(raw.surface);
  const stem = raw.surface.length - (raw.suffix ?? raw.surface.slice(-1)).length;
  if (stem < PIPELINE_DEFAULTS.patternMinStem) return asOther(raw, item, 'unresolved', `too short to be a name and no unit like it inside ${parent.name}`);
  const gap = level ? levelDepth(level) - codeDepth(parent.code!) : 0;
  // A chain does not skip from a league straight to a village: such a "link" is a phrase, not a name.
  const fits = level === 'poi' ? gap >= 0 : gap >= 1 && gap <= 2;
  if (!level || codeDepth(parent.code!) < 2 || !fits) {
    return asOther(raw, item, 'unresolved', `not in the gazetteer, and ${parent.name} cannot be the parent of "${raw.surface}"`);
  }
  return asUnlisted(raw, item, st.gaz.get(parent.code!)!, 'pattern:chain', 0.8);
}

export function resolvePatternChain(st: ResolveState, i: number): ResolvedMention | null {
  const raw = st.raw[i];
  const parent = raw.chained ? chainParent(st, i) : null;
  if (!parent?.code) return null;
  const hit = fuzzyWithin(st.gaz, raw.surface, parent.code, { chain: true });
  if (hit) return asPlace(raw, st.itemOf[i], st.gaz.get(hit.code)!, `chain+${hit.rule}`, hit.confidence);
  return unlistedUnder(st, i, raw, parent);
}

/** The kind of unit a pattern mention's suffix writes: 嘎查 for 嘎查村, else the suffix itself. */
const kindWritten = (raw: RawMention): string => (raw.suffix === '嘎查村' ? '嘎查' : raw.suffix ?? '');

export function resolvePatternContext(st: ResolveState, i: number): ResolvedMention {
  const same = sameNameEarlier(st, i);
  if (same) return same;
  const raw = st.raw[i];
  const suffixLength = raw.suffix?.length ?? 0;
  for (let s = raw.start; raw.end - suffixLength - s >= PIPELINE_DEFAULTS.patternMinStem; s++) {
    const written = formOfSpan(st.clean, s, raw.end);
    const hit = fuzzyInContext(st, i, written);
    // A shorter start that drops more than a verb or a word of direction (向|满都宝力格镇) is already one change to what
    // is written (铁力哈达嘎查 → 力哈达嘎查): only the name itself, or its variant spelling, of the kind written may then
    // match, not one more slip (甲哈达嘎查) or another kind (哈达社区).
    const free = s === raw.start || notOfName(st.clean.slice(raw.start, s));
    if (hit && (free || (hit.rule === 'fuzzy:variant' && st.gaz.get(hit.code)!.name.includes(kindWritten(raw))))) {
      // Found only in the league while the story names other banners of it: low confidence, as for a known form.
      const elsewhere = inOtherBanner(hit.code, nearestContext(st, i).codes);
      const confidence = elsewhere ? 0.6 : hit.confidence - (hit.scope === 'item' ? 0.05 : 0.15);
      const rule = elsewhere ? `context:league+${hit.rule}` : `context+${hit.rule}`;
      return asPlace({ ...raw, start: s, surface: written }, st.itemOf[i], st.gaz.get(hit.code)!, rule, confidence);
    }
  }
  return asOther(raw, st.itemOf[i], 'unresolved', 'not in the gazetteer and not a link of a chain: no parent to place it under');
}
