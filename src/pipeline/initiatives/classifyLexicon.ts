/**
 * The classifier's lexicon: data/categories.csv (category,term,weight,note), a table a newsroom can edit.
 * Read with papaparse; rows naming an unknown category or a non-positive weight are reported, not used.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { CATEGORY_IDS, type CategoryId } from '../../contract/index.ts';

export interface LexiconTerm {
  category: CategoryId;
  term: string;
  weight: number;
}

export interface Lexicon {
  terms: LexiconTerm[];
  /** Rows that were skipped, with the reason, so a bad edit is visible. */
  problems: string[];
}

export const DEFAULT_LEXICON_URL = new URL('../../../data/categories.csv', import.meta.url);

export function parseLexicon(csv: string): Lexicon {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  const terms: LexiconTerm[] = [];
  const problems: string[] = parsed.errors.map((e) => `row ${e.row ?? '?'}: ${e.message}`);
  parsed.data.forEach((row, i) => {
    const category = (row.category ?? '').trim() as CategoryId;
    const term = (row.term ?? '').trim();
    const weight = Number((row.weight ?? '').trim());
    if (!CATEGORY_IDS.includes(category)) problems.push(`row ${i + 2}: unknown category "${category}"`);
    else if (!term) problems.push(`row ${i + 2}: empty term`);
    else if (!Number.isFinite(weight) || weight <= 0) problems.push(`row ${i + 2}: weight must be a positive number`);
    else terms.push({ category, term, weight });
  });
  return { terms, problems };
}

let cached: Lexicon | null = null;

/** The lexicon from data/categories.csv, read once per process. */
export function defaultLexicon(): Lexicon {
  cached ??= parseLexicon(readFileSync(DEFAULT_LEXICON_URL, 'utf8'));
  return cached;
}
