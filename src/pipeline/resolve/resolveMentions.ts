/**
 * resolveMentions: every raw mention of one document → a place, a generic reference, a place outside, not a
 * place, or unresolved. Pass 1 settles chain links and single-unit names, pass 2 narrows the rest by the
 * places of pass 1 in the same item, pass 3 resolves generic references against what is known.
 */
import type { Geoparser } from '../geoparser.ts';
import { itemIndexAt } from '../items/splitItems.ts';
import type { ItemSpan, RawMention, ResolvedMention } from '../types.ts';
import { describedNotNamed, insideQuotedBrand, organisationAfter } from '../mentions/notPlaceRules.ts';
import { resolveFormContext, resolveFormFallback, resolveFormFirst } from './resolveForm.ts';
import { resolveExtended } from './resolveExtended.ts';
import { resolveGeneric } from './resolveGeneric.ts';
import { resolvePatternChain, resolvePatternContext } from './resolvePattern.ts';
import { asOther, newState, settle, type ResolveState } from './resolveState.ts';

function settleFixed(gp: Geoparser, st: ResolveState, i: number): ResolvedMention | null {
  const raw = st.raw[i];
  const item = st.itemOf[i];
  if (raw.source === 'not-place') return asOther(raw, item, 'not-a-place', raw.reason ?? `listed in not-places.csv (${gp.notPlaces.get(raw.surface) ?? 'stop list'})`);
  if (raw.source === 'outside') {
    const o = gp.outside.get(raw.surface);
    return asOther(raw, item, 'outside', `outside Inner Mongolia: ${o?.name ?? raw.surface}`, { code: o?.code ?? null, confidence: 0.9, rule: 'outside' });
  }
  if (raw.source === 'gazetteer' || raw.source === 'pattern') {
    const org = organisationAfter(st.clean, raw.end);
    if (org) return asOther(raw, item, 'not-a-place', `part of an organisation name (…${org})`);
    if (insideQuotedBrand(st.clean, raw.start, raw.end)) return asOther(raw, item, 'not-a-place', 'part of a quoted brand or slogan');
    if (describedNotNamed(st.clean, raw.start, raw.end)) return asOther(raw, item, 'not-a-place', 'a kind of community or village described with a verb of making, not a name');
  }
  return null;
}

export function resolveMentions(gp: Geoparser, clean: string, items: ItemSpan[], raw: RawMention[]): ResolvedMention[] {
  const st = newState(gp.gaz, clean, items, raw, raw.map((m) => itemIndexAt(items, m.start)));
  raw.forEach((_, i) => settle(st, i, settleFixed(gp, st, i)));
  for (let i = 0; i < raw.length; i++) {
    if (st.out[i]) continue;
    if (raw[i].source === 'gazetteer') settle(st, i, resolveFormFirst(st, i));
    else if (raw[i].source === 'pattern') settle(st, i, resolvePatternChain(st, i));
  }
  // Generic references that already find their unit can head a chain (该镇|努古斯台嘎查).
  raw.forEach((m, i) => { if (!st.out[i] && m.source === 'generic') settle(st, i, resolveGeneric(st, i, true)); });
  for (let i = 0; i < raw.length; i++) {
    if (st.out[i]) continue;
    if (raw[i].source === 'gazetteer') settle(st, i, resolveFormFirst(st, i) ?? resolveFormContext(st, i) ?? resolveExtended(st, i) ?? resolveFormFallback(st, i));
    else if (raw[i].source === 'pattern') settle(st, i, resolvePatternChain(st, i) ?? resolvePatternContext(st, i));
  }
  raw.forEach((m, i) => { if (!st.out[i] && m.source === 'generic') settle(st, i, resolveGeneric(st, i)); });
  return st.out.map((r, i) => r ?? asOther(raw[i], st.itemOf[i], 'unresolved', 'no rule applied'));
}
