/**
 * buildMatcher: a character trie over every written form the geoparser looks for (gazetteer forms, generic
 * references, places outside Inner Mongolia, the not-a-place stop list), each form tagged with its sources.
 */

export type FormSource = 'gazetteer' | 'generic' | 'outside' | 'not-place';

export interface Matcher {
  /** next[node].get(charCode) = child node. */
  next: Map<number, number>[];
  /** Sources of the form ending at a node (empty when no form ends there). */
  ends: FormSource[][];
  /** Longest form length: bounds every walk, which keeps the scan linear in text length. */
  maxLength: number;
  /** First step from the root by UTF-16 code unit (0: no form starts with it); most positions stop here. */
  root: Int32Array;
  /** Short and bare forms whose surroundings must allow a place reading (see shortFormContext). */
  guarded: ReadonlySet<string>;
}

export function buildMatcher(entries: Iterable<{ form: string; source: FormSource }>, guarded: ReadonlySet<string> = new Set()): Matcher {
  const next: Map<number, number>[] = [new Map()];
  const ends: FormSource[][] = [[]];
  let maxLength = 0;
  for (const { form, source } of entries) {
    if (form.length < 2) continue;
    let node = 0;
    for (let i = 0; i < form.length; i++) {
      const c = form.charCodeAt(i);
      let child = next[node].get(c);
      if (child === undefined) {
        child = next.length;
        next.push(new Map());
        ends.push([]);
        next[node].set(c, child);
      }
      node = child;
    }
    if (!ends[node].includes(source)) ends[node].push(source);
    maxLength = Math.max(maxLength, form.length);
  }
  const root = new Int32Array(0x10000);
  for (const [c, child] of next[0]) root[c] = child;
  return { next, ends, maxLength, root, guarded };
}

const HAN = /\p{Script=Han}/u;
/** Stray spaces a walk may step over inside a name ("乌兰 浩特市" from web layouts). */
const MAX_SKIPS = 2;
const XING = '行'.charCodeAt(0);
const ZI = '自'.charCodeAt(0);
/** 行政 or 自然 before 村 or 嘎查 (郑家滩行政村, 梁盖自然村) says which kind of village, and is no part of its name. */
const KIND_OF_VILLAGE = /(?:行政|自然)(?=村|嘎查)/;
const KIND_OF_VILLAGE_AT = new RegExp(`^${KIND_OF_VILLAGE.source}`);

/** The length of a village-kind word at `i` (行政村: 2), or 0; asked only at 行 and 自, so most characters cost nothing. */
function villageKindAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return (c === XING || c === ZI) && KIND_OF_VILLAGE_AT.test(text.slice(i, i + 4)) ? 2 : 0;
}

/**
 * A matched span's form: the text without the stray spaces and village-kind words a walk stepped over. A kind word
 * is stepped over only after a name (郑家滩|行政|村), never where a span starts, as in the pattern pass.
 */
export function formOfSpan(text: string, start: number, end: number): string {
  const s = text.slice(start, end).replace(/ /g, '');
  return s.includes('行政') || s.includes('自然') ? s.replace(KIND_OF_VILLAGE, (word, at: number) => (at > 0 ? '' : word)) : s;
}

/**
 * The longest form starting at `at`, as [end, sources], or null. A single space between two Han characters
 * inside a form is stepped over, and so is 行政 or 自然 before its 村 or 嘎查: the span covers them while the form
 * matched is the name without them.
 */
export function longestAt(m: Matcher, text: string, at: number, end = text.length): [number, FormSource[]] | null {
  let node = m.root[text.charCodeAt(at)];
  if (node === 0) return null;
  let best: [number, FormSource[]] | null = m.ends[node].length > 0 ? [at + 1, m.ends[node]] : null;
  let skips = 0;
  let limit = Math.min(end, at + m.maxLength);
  for (let i = at + 1; i < limit; i++) {
    let c = text.charCodeAt(i);
    if (c === 0x20 && skips < MAX_SKIPS && HAN.test(text[i - 1]) && HAN.test(text[i + 1] ?? '')) {
      skips++;
      limit = Math.min(end, limit + 1);
      c = text.charCodeAt(++i);
    }
    let child = m.next[node].get(c);
    const kind = child === undefined ? villageKindAt(text, i) : 0;
    if (kind > 0) { i += kind; limit = Math.min(end, limit + kind); child = m.next[node].get(text.charCodeAt(i)); }
    if (child === undefined) break;
    node = child;
    if (m.ends[node].length > 0) best = [i + 1, m.ends[node]];
  }
  // 浩力宝嘎查|村民, 嘎查|村委会: a form ending in 嘎查村 there is the shorter 嘎查 and its villagers or committee; read again
  // one character short, which is rare enough to cost the hot path one char-code test.
  if (best !== null && text.charCodeAt(best[0] - 1) === CUN && text.charCodeAt(best[0] - 2) === CHA) {
    const next = text.charCodeAt(best[0]);
    if (next === MIN || next === WEI) return longestAt(m, text, at, best[0] - 1) ?? best;
  }
  return best;
}

const CUN = '村'.charCodeAt(0);
const CHA = '查'.charCodeAt(0);
const MIN = '民'.charCodeAt(0);
const WEI = '委'.charCodeAt(0);
