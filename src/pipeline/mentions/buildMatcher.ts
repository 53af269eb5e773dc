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

/**
 * The longest form starting at `at`, as [end, sources], or null. A single space between two Han characters
 * inside a form is stepped over, so the span covers it while the form matched is the name without it.
 */
export function longestAt(m: Matcher, text: string, at: number): [number, FormSource[]] | null {
  let node = m.root[text.charCodeAt(at)];
  if (node === 0) return null;
  let best: [number, FormSource[]] | null = m.ends[node].length > 0 ? [at + 1, m.ends[node]] : null;
  let skips = 0;
  let limit = Math.min(text.length, at + m.maxLength);
  for (let i = at + 1; i < limit; i++) {
    let c = text.charCodeAt(i);
    if (c === 0x20 && skips < MAX_SKIPS && HAN.test(text[i - 1]) && HAN.test(text[i + 1] ?? '')) {
      skips++;
      limit = Math.min(text.length, limit + 1);
      c = text.charCodeAt(++i);
    }
    const child = m.next[node].get(c);
    if (child === undefined) break;
    node = child;
    if (m.ends[node].length > 0) best = [i + 1, m.ends[node]];
  }
  return best;
}
