/**
 * resolveGeneric: 全盟, 该旗, 县里 … denote the nearest unit before them (in the item, else the document) whose
 * name ends with that suffix, else the one such unit every place the page names lies in; 我区/自治区/内蒙古 denote the
 * region, and so does 全区 unless a district (…区) leads. Generic mentions are reported, never mapped.
 */
import { ancestorAt, codeDepth, levelDepth, levelOfSuffix } from '../../contract/index.ts';
import { GENERIC_TERMS, REGION_CODE } from '../mentions/genericTerms.ts';
import { neighbours } from '../mentions/neighbourWords.ts';
import type { Unit } from '../../gazetteer/index.ts';
import type { ResolvedMention } from '../types.ts';
import { asOther, type ResolveState } from './resolveState.ts';

/** How far back a generic reference looks for the unit it denotes (keeps long pages linear). */
const LOOKBACK = 300;

/** A development zone of a banner's rank (…经济技术开发区) is no district 全区 could mean. */
const ZONE = /(?:开发区|园区|示范区)$/;

/** Whether mention j is named as a neighbour, worked out for the whole document at the first generic reference. */
function neighbourOf(st: ResolveState, j: number): boolean {
  st.neighbours ??= neighbours(st.clean, st.raw);
  return st.neighbours[j];
}

function nearestBefore(st: ResolveState, i: number, suffix: string, sameItem: boolean): ResolvedMention | null {
  // 全区 is no 社区 and 全市 no 超市: the unit must be of the level the suffix says (a league or banner for 市).
  const level = levelOfSuffix(suffix);
  for (let j = i - 1; j >= Math.max(0, i - LOOKBACK); j--) {
    const r = st.out[j];
    if (sameItem && st.itemOf[j] !== st.itemOf[i]) continue;
    if (!r || r.status !== 'place' || !r.code) continue;
    if (level ? r.level !== level : r.level !== 'prefecture' && r.level !== 'county') continue;
    if (suffix === '区' && ZONE.test(r.name)) continue;
    // 西与达茂旗相连 … 全旗: a neighbour is never the unit the story calls its own.
    if (neighbourOf(st, j)) continue;
    const u = st.gaz.get(r.code);
    // Official village names end in 村委会/居委会, so the written form and the short name are checked too.
    if (r.surface.endsWith(suffix) || u?.shortName.endsWith(suffix) || u?.name.endsWith(suffix)) return r;
  }
  return null;
}

/**
 * The one banner that holds every place of its level or below the page names (a banner's own site writes 我旗, 全旗 and
 * names only its towns and villages), when its name ends with the suffix.
 */
function holdingAll(st: ResolveState, suffix: string): Unit | null {
  // Only a banner: a page's own village or town is often one the gazetteer lacks, and 全盟 mostly says when (全盟抗疫期间).
  const level = levelOfSuffix(suffix);
  if (level !== 'county') return null;
  const depth = levelDepth(level);
  const held = new Set([...st.docPlaces].filter((c) => codeDepth(c) >= depth).map((c) => ancestorAt(c, depth)));
  if (held.size !== 1) return null;
  const u = st.gaz.get([...held][0]);
  return u && u.level === level && (u.name.endsWith(suffix) || u.shortName.endsWith(suffix)) ? u : null;
}

/** Resolves a generic reference; with `onlyFound`, returns null instead of a fallback when no unit is named before it yet. */
export function resolveGeneric(st: ResolveState, i: number, onlyFound = false): ResolvedMention | null {
  const raw = st.raw[i];
  const item = st.itemOf[i];
  const target = GENERIC_TERMS.get(raw.surface);
  const region = () => asOther(raw, item, 'generic', 'the autonomous region', { code: REGION_CODE, confidence: 0.9, rule: 'generic:region' });
  if (!target || target === 'region') return region();
  const unit = nearestBefore(st, i, target, true) ?? (target === '区' ? null : nearestBefore(st, i, target, false));
  if (unit) {
    return asOther(raw, item, 'generic', `refers to ${unit.name}`, { code: unit.code, level: unit.level, confidence: 0.8, rule: 'generic' });
  }
  if (onlyFound) return null;
  if (target === '区') return region();
  const holder = holdingAll(st, target);
  if (holder) {
    return asOther(raw, item, 'generic', `refers to ${holder.name}, which holds every place the page names`, { code: holder.code, level: holder.level, confidence: 0.6, rule: 'generic:holding' });
  }
  return asOther(raw, item, 'generic', `no ${target} named before it`, { confidence: 0, rule: 'generic' });
}
