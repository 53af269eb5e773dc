/**
 * Finds the lexicon terms of a stretch of clean text in one pass: terms grouped by first character, and a term
 * lying inside a longer one already found (脱贫 inside 脱贫攻坚) not counted again.
 */
import { byFirstChar, type CharTable } from '../text/charTable.ts';
import type { Lexicon, LexiconTerm } from './classifyLexicon.ts';

export interface TermHit { term: LexiconTerm; at: number }

const indexes = new WeakMap<Lexicon, { firsts: CharTable; groups: Map<number, LexiconTerm[]> }>();

/** Terms by first character, longest first, and the first characters as a table (cached per lexicon). */
function indexOf(lexicon: Lexicon): { firsts: CharTable; groups: Map<number, LexiconTerm[]> } {
  let index = indexes.get(lexicon);
  if (!index) {
    index = byFirstChar(lexicon.terms, (t) => t.term);
    for (const list of index.groups.values()) list.sort((a, b) => b.term.length - a.term.length);
    indexes.set(lexicon, index);
  }
  return index;
}

/** Term occurrences in clean[from, to), in text order. */
export function findTerms(clean: string, from: number, to: number, lexicon: Lexicon): TermHit[] {
  const { firsts, groups } = indexOf(lexicon);
  const hits: TermHit[] = [];
  let covered = from;
  for (let i = from; i < to; i++) {
    const c = clean.charCodeAt(i);
    if (!firsts.has(c)) continue;
    const terms = groups.get(c)!;
    for (const t of terms) {
      const end = i + t.term.length;
      if (end > to || !clean.startsWith(t.term, i)) continue;
      if (end > covered) { hits.push({ term: t, at: i }); covered = end; }
      break; // the longest term at a position is the word read there
    }
  }
  return hits;
}
