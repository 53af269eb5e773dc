/**
 * resolveForm: a known written form → its unit. A chain link resolves within the link before it; a form with
 * several units is narrowed by the units named in the same item, then in the document; otherwise it stays
 * unresolved (a wrong place is worse than none).
 */
import type { FormRef } from '../../gazetteer/index.ts';
import type { ResolvedMention } from '../types.ts';
import { fuzzyWithin } from './fuzzyWithin.ts';
import { ancestorAt, codeDepth, isZoneCode, levelOfWritten } from '../../contract/index.ts';
import { asOther, asPlace, chainParent, contextCodes, inOtherBanner, nearestContext, type ResolveState } from './resolveState.ts';
import { unlistedUnder } from './resolvePattern.ts';

const KIND_CONFIDENCE: Record<string, number> = { official: 0.95, alias: 0.93, abbrev: 0.93, suffix: 0.9, bare: 0.85, shared: 0.8 };

function refsOf(st: ResolveState, i: number): FormRef[] {
  return st.gaz.forms.get(st.raw[i].surface) ?? [];
}

/** A town or village name written without its suffix (乌力吉, 满都拉) is as often a person: only a chain settles it. */
const maybePerson = (surface: string, refs: FormRef[]): boolean => !levelOfWritten(surface) && refs.every((r) => codeDepth(r.code) >= 3);

/** The rule name with the kind of short form written (exact+alias, context+bare), so the report can list it as doubtful. */
function withKind(rule: string, ref: FormRef): string {
  return ref.kind === 'official' || ref.kind === 'suffix' ? rule : `${rule}+${ref.kind}`;
}

/** A banner written with its suffix twice (杭锦旗后旗 for 杭锦后旗): the second, directional suffix is the real one. */
function doubledSuffix(st: ResolveState, i: number): ResolvedMention | null {
  const raw = st.raw[i];
  const tail = /^[前中后左右东西南北][旗县]/.exec(st.clean.slice(raw.end, raw.end + 2));
  if (!tail || !raw.surface.endsWith(tail[0][1]) || (st.raw[i + 1] && st.raw[i + 1].start < raw.end + 2)) return null;
  const refs = st.gaz.forms.get(raw.surface.slice(0, -1) + tail[0]) ?? [];
  if (refs.length !== 1) return null;
  const span = { ...raw, end: raw.end + 2, surface: raw.surface + tail[0] };
  return asPlace(span, st.itemOf[i], st.gaz.get(refs[0].code)!, 'fuzzy:doubled-suffix', 0.75);
}

/** Pass 1: chain links and forms that denote a single unit. */
export function resolveFormFirst(st: ResolveState, i: number): ResolvedMention | null {
  const doubled = doubledSuffix(st, i);
  if (doubled) return doubled;
  const raw = st.raw[i];
  const item = st.itemOf[i];
  const refs = refsOf(st, i);
  const chained = chainParent(st, i);
  // A unit above the link before it (…鄂温克族自治旗|通辽市的…, lines run together) cannot be its link: a new chain starts.
  const parent = chained?.code && refs.length > 0 && refs.every((r) => codeDepth(r.code) < codeDepth(chained.code!)) ? null : chained;
  if (parent && parent.code) {
    const inside = refs.filter((r) => r.code !== parent.code && st.gaz.isWithin(r.code, parent.code!));
    if (inside.length >= 1) {
      const pick = inside.length === 1 ? inside[0] : preferWrittenLevel(st, raw.surface, inside);
      if (pick) return asPlace(raw, item, st.gaz.get(pick.code)!, withKind('chain', pick), 0.98);
    }
    const parentDepth = codeDepth(parent.code);
    if (refs.every((r) => codeDepth(r.code) > parentDepth)) {
      const hit = fuzzyWithin(st.gaz, raw.surface, parent.code, { chain: true });
      if (hit) return asPlace(raw, item, st.gaz.get(hit.code)!, `chain+${hit.rule}`, hit.confidence);
    }
    const level = levelOfWritten(raw.surface);
    if (level === 'village' || level === 'poi') return unlistedUnder(st, i, raw, parent);
    // A unit of the link's own level under the same parent (孪井滩生态移民示范区|腾格里额里斯镇: an area and a town it
    // manages, or a list whose separators were lost) starts a new chain; one elsewhere contradicts the text.
    const siblings = refs.filter((r) => codeDepth(r.code) === parentDepth && parent.parentCode && st.gaz.isWithin(r.code, parent.parentCode));
    if (siblings.length === 1) return asPlace(raw, item, st.gaz.get(siblings[0].code)!, withKind('chain:sibling', siblings[0]), 0.9);
    // A zone runs a township of a banner around it (呼和浩特经济技术开发区|沙尔沁镇, which the statistics list under 土默特左旗).
    const managed = isZoneCode(parent.code) ? refs.filter((r) => codeDepth(r.code) === parentDepth + 1 && st.gaz.isWithin(r.code, ancestorAt(parent.code!, 1))) : [];
    if (managed.length === 1) return asPlace(raw, item, st.gaz.get(managed[0].code)!, withKind('chain:managed', managed[0]), 0.85);
    // Written as a link of a chain but not inside the link before it: the text contradicts itself.
    return asOther(raw, item, 'unresolved', `chain: no unit "${raw.surface}" inside ${parent.name} (${parent.code}); candidates ${refs.map((r) => r.code).join(' ')}`);
  }
  if (refs.length === 1) {
    const u = st.gaz.get(refs[0].code)!;
    if (u.level === 'prefecture' || u.level === 'county') return asPlace(raw, item, u, withKind('exact', refs[0]), KIND_CONFIDENCE[refs[0].kind] ?? 0.85);
  }
  return null;
}

/** Pass 2: a form with several units, narrowed by the places of its item (or of the page when its item has none). */
export function resolveFormContext(st: ResolveState, i: number): ResolvedMention | null {
  const raw = st.raw[i];
  const refs = refsOf(st, i);
  if (maybePerson(raw.surface, refs)) return null;
  const { codes: ctx, scope } = nearestContext(st, i);
  let best: FormRef[] = [];
  let bestDepth = -1;
  for (const r of refs) {
    const d = Math.max(-1, ...ctx.filter((c) => c !== r.code && st.gaz.isWithin(r.code, c)).map(codeDepth));
    if (d > bestDepth) { best = [r]; bestDepth = d; } else if (d === bestDepth && d >= 0) best.push(r);
  }
  if (bestDepth < 0) return null;
  const pick = best.length === 1 ? best[0] : preferWrittenLevel(st, raw.surface, best);
  if (pick && inOtherBanner(pick.code, ctx)) {
    return asPlace(raw, st.itemOf[i], st.gaz.get(pick.code)!, withKind('context:league', pick), 0.6);
  }
  if (pick) return asPlace(raw, st.itemOf[i], st.gaz.get(pick.code)!, withKind(scope === 'item' ? 'context' : 'context:document', pick), scope === 'item' ? 0.88 : 0.78);
  return asOther(raw, st.itemOf[i], 'unresolved', `ambiguous in context: ${best.map((r) => r.code).join(' ')}`, { rule: AMBIGUOUS });
}

/**
 * A name several units share (新华街道, or a banner's old name 乌珠穆沁旗 for the two banners it became), still open after
 * pass 2: the one unit that contains a place its item names (the page's, when its item names none) — a story names the
 * town inside the banner it means.
 */
export function resolveFormContaining(st: ResolveState, i: number): ResolvedMention | null {
  const raw = st.raw[i];
  const refs = refsOf(st, i);
  if (raw.source !== 'gazetteer' || refs.length < 2 || chainParent(st, i)) return null;
  if (maybePerson(raw.surface, refs)) return null;
  const { codes: ctx, scope } = nearestContext(st, i);
  const holding = refs.filter((r) => ctx.some((c) => c !== r.code && st.gaz.isWithin(c, r.code)));
  if (holding.length !== 1) return null;
  return asPlace(raw, st.itemOf[i], st.gaz.get(holding[0].code)!, withKind(`contains:${scope}`, holding[0]), scope === 'item' ? 0.85 : 0.75);
}

/** The rule of a name the gazetteer knows but the text does not pin to one unit: a real place, just not one we can tell. */
export const AMBIGUOUS = 'ambiguous';

/** Last resort: a single unit of that name with nothing in the text to confirm it; never for a name without a unit suffix (乌力吉 is also a person). */
export function resolveFormFallback(st: ResolveState, i: number): ResolvedMention {
  const raw = st.raw[i];
  const refs = refsOf(st, i);
  const ctx = contextCodes(st, i, 'item');
  const local = refs.length === 1 && codeDepth(refs[0].code) >= 3;
  // A town or village of that name unrelated to every place its item names (neither inside one, nor holding one, nor in
  // the same banner as one: a banner's brief names its towns without the banner) is more likely another one the
  // gazetteer lacks.
  const banner = local ? ancestorAt(refs[0].code, 2) : '';
  const related = (c: string) => st.gaz.isWithin(refs[0].code, c) || st.gaz.isWithin(c, refs[0].code) || ancestorAt(c, 2) === banner;
  const elsewhere = local && ctx.length > 0 && !ctx.some(related);
  if (refs.length === 1 && levelOfWritten(raw.surface) && !elsewhere) return asPlace(raw, st.itemOf[i], st.gaz.get(refs[0].code)!, withKind('unique', refs[0]), 0.6);
  const why = elsewhere ? `the only unit of that name (${refs[0].code}) neither lies in nor holds a place its item names`
    : refs.length === 1 ? 'no unit suffix and nothing around it confirms the place' : `${refs.length} units named "${raw.surface}" and no context narrows them`;
  return asOther(raw, st.itemOf[i], 'unresolved', `ambiguous: ${why}`, { code: null, rule: AMBIGUOUS });
}

/** Among several units, the single one whose level matches the written suffix, or null. */
function preferWrittenLevel(st: ResolveState, surface: string, refs: FormRef[]): FormRef | null {
  const level = levelOfWritten(surface);
  const fit = refs.filter((r) => st.gaz.get(r.code)?.level === level);
  if (fit.length === 1) return fit[0];
  const official = (fit.length ? fit : refs).filter((r) => r.kind === 'official');
  return official.length === 1 ? official[0] : null;
}
