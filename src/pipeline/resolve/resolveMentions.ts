/**
 * resolveMentions: every raw mention of one document → a place, a generic reference, a place outside, not a
 * place, or unresolved. Pass 1 settles chain links and single-unit names, pass 2 narrows the rest by the
 * places of pass 1 in the same item, a name still open takes the unit its same name resolved to later in the item (or
 * the one of its units that holds a place the item names),
 * the next resolves generic references against what is known, and the last sets aside a dispatch line's city that the
 * story names nothing in.
 */
import type { Geoparser } from '../geoparser.ts';
import { itemIndexAt } from '../items/splitItems.ts';
import type { ItemSpan, RawMention, ResolvedMention } from '../types.ts';
import {
  bareCompanyAfter, companyAfter, describedNotNamed, dispatchCity, featureAfter, insideQuotedBrand, organisationAfter, roadAfter, villagersGroup,
} from '../mentions/notPlaceRules.ts';
import { codeDepth, isWithin } from '../../contract/index.ts';
import { resolveFormContaining, resolveFormContext, resolveFormFallback, resolveFormFirst } from './resolveForm.ts';
import { resolveExtended } from './resolveExtended.ts';
import { resolveGeneric } from './resolveGeneric.ts';
import { GENERIC_TERMS } from '../mentions/genericTerms.ts';
import { wordEndingInside } from '../mentions/shortFormContext.ts';
import { resolvePatternChain, resolvePatternContext } from './resolvePattern.ts';
import { asOther, asSameName, newState, sameNameEarlier, settle, type ResolveState } from './resolveState.ts';

function settleFixed(gp: Geoparser, st: ResolveState, i: number): ResolvedMention | null {
  const raw = st.raw[i];
  const item = st.itemOf[i];
  if (raw.source === 'not-place') return asOther(raw, item, 'not-a-place', raw.reason ?? `listed in not-places.csv (${gp.notPlaces.get(raw.surface) ?? 'stop list'})`);
  if (raw.source === 'outside') {
    // 北京路, 中山西路, 上海银行: a city far away names a road or an organisation here, not the city.
    const org = organisationAfter(st.clean, raw.end);
    if (org) return asOther(raw, item, 'not-a-place', `part of an organisation name (…${org})`);
    if (roadAfter(st.clean, raw.start, raw.end)) return asOther(raw, item, 'not-a-place', 'part of a road name (…路, …大街)');
    const o = gp.outside.get(raw.surface);
    const formBefore = i > 0 && st.raw[i - 1].end === raw.start;
    const word = o && o.name !== raw.surface ? wordEndingInside(st.clean, raw.start, raw.end, formBefore) : null;
    if (word) return asOther(raw, item, 'not-a-place', `the word ${word} ends inside it`);
    return asOther(raw, item, 'outside', `outside Inner Mongolia: ${o?.name ?? raw.surface}`, { code: o?.code ?? null, confidence: 0.9, rule: 'outside' });
  }
  if (raw.source === 'gazetteer' || raw.source === 'pattern') {
    const org = organisationAfter(st.clean, raw.end) ?? bareCompanyAfter(st.clean, raw.start, raw.end);
    if (org) return asOther(raw, item, 'not-a-place', `part of an organisation name (…${org})`);
    if (insideQuotedBrand(st.clean, raw.start, raw.end)) return asOther(raw, item, 'not-a-place', 'part of a quoted brand or slogan');
    if (villagersGroup(st.clean, raw.end)) return asOther(raw, item, 'not-a-place', 'a villagers\' group (…村民小组), below any unit the map knows');
    if (roadAfter(st.clean, raw.start, raw.end)) return asOther(raw, item, 'not-a-place', 'part of a road name (…路, …大街)');
    // A league's bare name before a landform still says where; a banner's or town's (巴丹吉林沙漠) names the feature.
    const feature = featureAfter(st.clean, raw.start, raw.end);
    if (feature && (gp.gaz.forms.get(raw.surface) ?? []).every((r) => codeDepth(r.code) >= 2)) {
      return asOther(raw, item, 'not-a-place', `a natural feature (…${feature}), not the unit of that name`);
    }
    if (describedNotNamed(st.clean, raw.start, raw.end)) return asOther(raw, item, 'not-a-place', 'a kind of community or village described with a verb of making, or an honour, not a name');
  }
  if (raw.source === 'generic' && GENERIC_TERMS.get(raw.surface) === 'region') {
    const company = companyAfter(st.clean, raw.end);
    if (company) return asOther(raw, item, 'not-a-place', `part of a company's name (…${company})`);
    // 自治区级龙头企业: a rank, as 国家级 is, not the scope of what the sentence counts.
    if (st.clean[raw.end] === '级') return asOther(raw, item, 'not-a-place', 'a rank (…级), not a scope');
  }
  return null;
}

/** Mention indexes per item, ascending: a page of many items is looked through item by item, not whole for each mention. */
function mentionsByItem(itemOf: readonly number[]): Map<number, number[]> {
  const byItem = new Map<number, number[]>();
  itemOf.forEach((item, j) => { const list = byItem.get(item); if (list) list.push(j); else byItem.set(item, [j]); });
  return byItem;
}

/**
 * A name still open where it first appears (a story opening on its gacha before naming the sumu) takes the unit the
 * same name resolved to later in the same item, when that is one unit.
 */
function sameNameLater(st: ResolveState, i: number, byItem: Map<number, number[]>): ResolvedMention | null {
  const units = new Map<string, ResolvedMention>();
  for (const j of byItem.get(st.itemOf[i]) ?? []) {
    const r = st.out[j];
    if (j > i && r && r.status === 'place' && r.code && st.raw[j].surface === st.raw[i].surface) units.set(r.code, r);
  }
  if (units.size !== 1) return null;
  const r = [...units.values()][0];
  return asSameName(st.raw[i], st.itemOf[i], r);
}

/**
 * A name the gazetteer holds once with nothing around it to confirm it (resolveFormFallback's `unique`), written right
 * before a unit the gazetteer lists inside it (潮格温都尔镇|巴音努如嘎查): two names that agree confirm it.
 */
function confirmedByChild(st: ResolveState, i: number): ResolvedMention | null {
  const r = st.out[i];
  const child = st.out[i + 1];
  if (r?.status !== 'place' || r.rule !== 'unique' || !r.code || st.raw[i + 1]?.start !== st.raw[i].end) return null;
  if (child?.status !== 'place' || child.rule !== 'chain' || !child.code || !isWithin(child.code, r.code)) return null;
  return { ...r, rule: 'confirmed-by-child', confidence: CHILD_CONFIRMED };
}
/** As sure as a name read as the one unit holding a place its item names (resolveFormContaining, in the item). */
const CHILD_CONFIRMED = 0.85;

/** Confirms each such name, and the same name written again on the page (same-name+unique), which meant the same unit. */
function confirmByChildren(st: ResolveState): void {
  const confirmed = new Map<string, ResolvedMention>();
  st.raw.forEach((_, i) => {
    const c = confirmedByChild(st, i);
    if (c) { settle(st, i, c); confirmed.set(c.code!, c); }
  });
  if (!confirmed.size) return;
  st.out.forEach((r, i) => {
    const c = r?.rule === 'same-name+unique' ? confirmed.get(r.code!) : undefined;
    if (c) settle(st, i, asSameName(st.raw[i], st.itemOf[i], c));
  });
}

/**
 * A dispatch line's city (新华社呼和浩特5月27日电) is where the bureau filed: the story's place only when the story also names
 * it or a place within it (a Hohhot bureau reports on every league).
 */
function filedOnly(st: ResolveState, i: number): boolean {
  const r = st.out[i];
  if (r?.status !== 'place' || !r.code || !dispatchCity(st.clean, r.end)) return false;
  const city = r.code;
  return !st.out.some((o, j) => j !== i && o?.status === 'place' && o.code !== null && isWithin(o.code, city));
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
    // A known form written again keeps the sense its first mention got, even a place the gazetteer lacks that no context
    // finds (大佘太镇|乌兰胡同村 … 乌兰胡同村).
    if (raw[i].source === 'gazetteer') settle(st, i, resolveFormFirst(st, i) ?? resolveFormContext(st, i) ?? resolveExtended(st, i) ?? sameNameEarlier(st, i) ?? resolveFormFallback(st, i));
    else if (raw[i].source === 'pattern') settle(st, i, resolvePatternChain(st, i) ?? resolvePatternContext(st, i));
  }
  confirmByChildren(st);
  const byItem = mentionsByItem(st.itemOf);
  raw.forEach((m, i) => {
    const open = !st.out[i] || st.out[i]!.status === 'unresolved';
    if (open && (m.source === 'gazetteer' || m.source === 'pattern')) settle(st, i, sameNameLater(st, i, byItem) ?? resolveFormContaining(st, i) ?? st.out[i]);
  });
  raw.forEach((m, i) => { if (!st.out[i] && m.source === 'generic') settle(st, i, resolveGeneric(st, i)); });
  raw.forEach((m, i) => { if (filedOnly(st, i)) settle(st, i, asOther(m, st.itemOf[i], 'not-a-place', 'city of the dispatch line: where the report was filed, and the story names nothing there')); });
  return st.out.map((r, i) => r ?? asOther(raw[i], st.itemOf[i], 'unresolved', 'no rule applied'));
}
