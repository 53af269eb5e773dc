/**
 * resolveExtended: a village or town form preceded by more name characters may be the tail of a longer name
 * written with a variant or slip (白音|布日德嘎查 → 巴彦布日德嘎查). The longer reading is tried inside the item's
 * named places and wins only when it is unique.
 */
import { codeDepth } from '../../contract/index.ts';
import { stemOf } from '../../gazetteer/index.ts';
import { fuzzyInContext } from './fuzzyInContext.ts';
import { nameRunStart } from '../mentions/nameRun.ts';
import { verbEndsAt } from '../mentions/notPlaceRules.ts';
import type { ResolvedMention } from '../types.ts';
import { asPlace, type ResolveState } from './resolveState.ts';

/** Characters a longer name may add before a known form. */
const MAX_EXTRA = 4;

export function resolveExtended(st: ResolveState, i: number): ResolvedMention | null {
  const raw = st.raw[i];
  const refs = st.gaz.forms.get(raw.surface) ?? [];
  if (refs.length === 0 || refs.some((r) => codeDepth(r.code) <= 2)) return null;
  const floor = i > 0 ? st.raw[i - 1].end : 0;
  const from = nameRunStart(st.clean, raw.start, floor, MAX_EXTRA);
  // 联合|东街社区: the characters before the form end a verb, and the name is the form itself.
  if (from === raw.start || verbEndsAt(st.clean, raw.start)) return null;
  for (let s = from; s < raw.start; s++) {
    const written = st.clean.slice(s, raw.end);
    if (st.gaz.forms.has(written)) continue;
    const hit = fuzzyInContext(st, i, written);
    // A hit named by the form alone (湖泡有|呼和诺尔 → 呼和诺尔嘎查, 走进|乌兰社区 → 乌兰村) only dropped the extra characters
    // again: no longer name.
    if (hit && stemOf(st.gaz.get(hit.code)!.name) === stemOf(raw.surface)) continue;
    if (hit) return asPlace({ ...raw, start: s, surface: written }, st.itemOf[i], st.gaz.get(hit.code)!, `extended+${hit.rule}`, hit.confidence - 0.05);
  }
  return null;
}
