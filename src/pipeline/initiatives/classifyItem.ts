/**
 * Classifies an item into one primary and up to two secondary categories by weighted lexicon terms
 * (data/categories.csv). Terms in the headline and the lead count more than in the body, and a category's score
 * grows with the share of the item's paragraphs that carry it, so a theme running through the story outweighs
 * one paragraph's aside. Scores are returned for transparency.
 */
import { CATEGORY_IDS, type CategoryId } from '../../contract/index.ts';
import type { Classification, ItemSpan, Span } from '../types.ts';
import { defaultLexicon, type Lexicon, type LexiconTerm } from './classifyLexicon.ts';
import { findTerms } from './classifyItemTerms.ts';
import { leadSpan } from './buildInitiativesText.ts';

export const CLASSIFY_DEFAULTS = {
  /** A headline occurrence counts this many times a body occurrence. */
  titleBoost: 3,
  /** A lead (first sentence or two) occurrence counts this many times more than elsewhere in the body. */
  leadBoost: 1,
  /** Occurrences of one term counted at most this many times, so one repeated word cannot decide alone. */
  maxCount: 3,
  /** Part of a score that depends on the share of paragraphs carrying the category (0: none, 1: all of it). */
  spreadWeight: 0.5,
  /** A secondary category needs at least this share of the top score … */
  secondaryShare: 0.5,
  /** … at least this absolute score … */
  secondaryMin: 3,
  /** … and evidence from at least this many different terms (a second theme, not one word). */
  secondaryTerms: 2,
  maxSecondary: 2,
  /** Category when no term matches: the papers these pages come from report party organisation work. */
  fallback: 'party-building' as CategoryId,
};

interface Tally { body: number; lead: number; title: number }

const inside = (at: number, s: Span | null): boolean => !!s && at >= s.start && at < s.end;

/** Where each non-empty line of the item begins (its paragraphs; blank lines between them are not counted). */
function paragraphStarts(clean: string, item: Span): number[] {
  const starts: number[] = [];
  let lineStart = true;
  for (let k = item.start; k < item.end; k++) {
    // Char codes first: a one-character string per character of every item was most of this scan's cost.
    if (clean.charCodeAt(k) === 10) lineStart = true;
    else if (lineStart && !/\s/.test(clean[k])) { starts.push(k); lineStart = false; }
  }
  return starts;
}

export function classifyItem(clean: string, item: ItemSpan, lexicon: Lexicon = defaultLexicon()): Classification {
  const o = CLASSIFY_DEFAULTS;
  // A lead-clause title is the body's own first words, read once as body text.
  const title = item.title && !item.titleFromLead ? item.title : null;
  const lead = leadSpan(clean, item.bodyStart, item.end);
  const tallies = new Map<LexiconTerm, Tally>();
  const tally = (t: LexiconTerm): Tally => {
    let x = tallies.get(t);
    if (!x) tallies.set(t, (x = { body: 0, lead: 0, title: 0 }));
    return x;
  };
  const paragraphsOf = new Map<CategoryId, Set<number>>();
  const starts = paragraphStarts(clean, item);
  let paragraph = 0;
  for (const { term, at } of findTerms(clean, item.start, item.end, lexicon)) {
    while (paragraph + 1 < starts.length && starts[paragraph + 1] <= at) paragraph++;
    const x = tally(term);
    paragraphsOf.set(term.category, (paragraphsOf.get(term.category) ?? new Set()).add(paragraph));
    if (inside(at, title)) { x.title++; continue; }
    x.body++;
    if (inside(at, lead)) x.lead++;
  }
  // A headline standing outside its item (far from its photo) is read too, once as body text as well.
  if (title && (title.start < item.start || title.end > item.end)) {
    for (const { term } of findTerms(clean, title.start, title.end, lexicon)) { tally(term).title++; tally(term).body++; }
  }
  const paragraphs = Math.max(1, starts.length);
  const raw: Partial<Record<CategoryId, number>> = {};
  const termsOf = new Map<CategoryId, number>();
  for (const [t, x] of tallies) {
    const hits = Math.min(x.body, o.maxCount) + o.leadBoost * Math.min(x.lead, o.maxCount) + o.titleBoost * Math.min(x.title, o.maxCount);
    raw[t.category] = (raw[t.category] ?? 0) + t.weight * hits;
    termsOf.set(t.category, (termsOf.get(t.category) ?? 0) + 1);
  }
  const scores: Partial<Record<CategoryId, number>> = {};
  for (const c of CATEGORY_IDS) {
    if (!raw[c]) continue;
    const spread = Math.min(1, (paragraphsOf.get(c)?.size ?? 0) / paragraphs);
    scores[c] = Math.round(raw[c] * (1 - o.spreadWeight + o.spreadWeight * spread) * 100) / 100;
  }
  // Ties go to the category listed first in the contract, so results never depend on lexicon row order.
  const ranked = CATEGORY_IDS.filter((c) => (scores[c] ?? 0) > 0).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
  if (!ranked.length) return { category: o.fallback, secondaryCategories: [], scores };
  const top = scores[ranked[0]] ?? 0;
  const secondaryCategories = ranked.slice(1)
    .filter((c) => (scores[c] ?? 0) >= Math.max(o.secondaryMin, o.secondaryShare * top) && (termsOf.get(c) ?? 0) >= o.secondaryTerms)
    .slice(0, o.maxSecondary);
  return { category: ranked[0], secondaryCategories, scores };
}
