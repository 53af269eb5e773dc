/**
 * Marks text inside short quotations and book titles (“三个在一”, “1+7+N”, 《…》): numbers there
 * are part of names and slogans, not figures. One pass; each quotation is marked at most once.
 */
import { CharTable } from '../text/charTable.ts';
import { FIGURE_WORDS } from './extractFiguresUnits.ts';

const OPEN = new Map([...'“”「」『』‘’《》〈〉'].flatMap((c, k, all) => (k % 2 ? [] : [[c.charCodeAt(0), all[k + 1].charCodeAt(0)]])));
const QUOTE = 34;
const TITLE_CLOSE = new Set(['》'.charCodeAt(0), '〉'.charCodeAt(0)]);
/** Book titles can be long but are names all the same. */
const MAX_TITLE = 40;
/** Clause punctuation (clean text is width-folded, so the ASCII forms stand for the full-width ones too). */
const CLAUSE_MARKS = ',。;!?:\n';
const CLAUSE_PUNCT = CharTable.of(CLAUSE_MARKS);
/** Every character the scan acts on; all others (most of a text) are skipped with one table lookup. */
const ACTS_ON = CharTable.of([...OPEN].flat().map((c) => String.fromCharCode(c)).join('') + '"' + CLAUSE_MARKS);

/** Returns a predicate telling whether offset `i` (within [from, to)) lies inside a slogan or title. */
export function sloganMask(s: string, from: number, to: number): (i: number) => boolean {
  const mask = new Uint8Array(Math.max(0, to - from));
  let open = -1;
  let close = -1;
  let clause = false;
  let asciiOpen = -1;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (!ACTS_ON.has(c)) continue;
    if (c === QUOTE) {
      if (asciiOpen < 0) asciiOpen = i;
      else { markIf(mask, from, asciiOpen, i, FIGURE_WORDS.maxSloganQuote, s); asciiOpen = -1; }
      continue;
    }
    const closer = OPEN.get(c);
    if (closer !== undefined) { open = i; close = closer; clause = false; continue; }
    if (open < 0) continue;
    if (CLAUSE_PUNCT.has(c)) clause = true;
    if (c === close) {
      const title = TITLE_CLOSE.has(close);
      if (!clause || title) mark(mask, from, open, i, title ? MAX_TITLE : FIGURE_WORDS.maxSloganQuote);
      open = -1;
    }
  }
  return (i: number) => i >= from && i < to && mask[i - from] === 1;
}

function mark(mask: Uint8Array, from: number, open: number, close: number, max: number): void {
  if (close - open - 1 > max) return;
  for (let k = open + 1; k < close; k++) mask[k - from] = 1;
}

function markIf(mask: Uint8Array, from: number, open: number, close: number, max: number, s: string): void {
  if (close - open - 1 > max) return;
  for (let k = open + 1; k < close; k++) if (CLAUSE_PUNCT.has(s.charCodeAt(k))) return;
  mark(mask, from, open, close, max);
}
