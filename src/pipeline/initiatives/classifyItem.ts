/**
 * Classifies an item into one primary and up to two secondary categories by weighted lexicon terms
 * (data/categories.csv); terms in the headline count more. Scores are returned for transparency.
 */
import { CATEGORY_IDS, type CategoryId } from '../../contract/index.ts';
import type { Classification, ItemSpan } from '../types.ts';
import { defaultLexicon, type Lexicon, type LexiconTerm } from './classifyLexicon.ts';

export const CLASSIFY_DEFAULTS = {
  /** A headline occurrence counts this many times a body occurrence. */
  titleBoost: 3,
  /** Occurrences of one term counted at most this many times, so one repeated word cannot decide alone. */
  maxCount: 3,
  /** A secondary category needs at least this share of the top score … */
  secondaryShare: 0.5,
  /** … and at least this absolute score. */
  secondaryMin: 3,
  maxSecondary: 2,
  /** Category when no term matches: the papers these pages come from report party organisation work. */
  fallback: 'party-building' as CategoryId,
};

/** Terms grouped by first character, so one pass over the text finds them all (cached per lexicon). */
const indexes = new WeakMap<Lexicon, Map<number, LexiconTerm[]>>();
function indexOf(lexicon: Lexicon): Map<number, LexiconTerm[]> {
  let index = indexes.get(lexicon);
  if (!index) {
    index = new Map();
    for (const t of lexicon.terms) {
      const k = t.term.charCodeAt(0);
      index.set(k, [...(index.get(k) ?? []), t]);
    }
    indexes.set(lexicon, index);
  }
  return index;
}

/** Occurrences of each term in clean[from, to), counted once per start position. */
function countTerms(clean: string, from: number, to: number, index: Map<number, LexiconTerm[]>): Map<LexiconTerm, number> {
  const counts = new Map<LexiconTerm, number>();
  for (let i = from; i < to; i++) {
    const terms = index.get(clean.charCodeAt(i));
    if (!terms) continue;
    for (const t of terms) {
      if (i + t.term.length <= to && clean.startsWith(t.term, i)) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
  }
  return counts;
}

export function classifyItem(clean: string, item: ItemSpan, lexicon: Lexicon = defaultLexicon()): Classification {
  const o = CLASSIFY_DEFAULTS;
  const index = indexOf(lexicon);
  const body = countTerms(clean, item.start, item.end, index);
  const title = item.title ? countTerms(clean, item.title.start, item.title.end, index) : new Map<LexiconTerm, number>();
  // A headline standing outside its item (far from its photo) is still read once as body text.
  const outside = item.title && (item.title.start < item.start || item.title.end > item.end);
  const scores: Partial<Record<CategoryId, number>> = {};
  for (const t of new Set([...body.keys(), ...title.keys()])) {
    const inTitle = Math.min(title.get(t) ?? 0, o.maxCount);
    const hits = Math.min((body.get(t) ?? 0) + (outside ? inTitle : 0), o.maxCount) + o.titleBoost * inTitle;
    scores[t.category] = (scores[t.category] ?? 0) + t.weight * hits;
  }
  // Ties go to the category listed first in the contract, so results never depend on lexicon row order.
  const ranked = CATEGORY_IDS.filter((c) => (scores[c] ?? 0) > 0).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
  if (!ranked.length) return { category: o.fallback, secondaryCategories: [], scores };
  const top = scores[ranked[0]] ?? 0;
  const secondaryCategories = ranked.slice(1)
    .filter((c) => (scores[c] ?? 0) >= Math.max(o.secondaryMin, o.secondaryShare * top))
    .slice(0, o.maxSecondary);
  return { category: ranked[0], secondaryCategories, scores };
}
