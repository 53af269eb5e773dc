/**
 * fuzzyInContext: reads a written name inside the places already named around it, the most specific first
 * (a gacha of 陈巴尔虎旗 before one elsewhere in 呼伦贝尔市); the first place holding a single match wins.
 * The whole document is used only when the mention's own item names no place.
 */
import { fuzzyWithin, type FuzzyHit } from './fuzzyWithin.ts';
import { nearestContext, type ResolveState } from './resolveState.ts';

const MAX_CONTEXT = 8;

export function fuzzyInContext(st: ResolveState, i: number, written: string): (FuzzyHit & { scope: 'item' | 'document' }) | null {
  const { codes, scope } = nearestContext(st, i);
  // The most specific places are the likely parents; a cap keeps pages that name hundreds of places linear.
  for (const code of codes.slice(0, MAX_CONTEXT)) {
    const hit = fuzzyWithin(st.gaz, written, code, { chain: false });
    if (hit) return { ...hit, scope };
  }
  return null;
}
