/**
 * fuzzyWithin: a written name that is no exact form, read as a unit inside a known parent. Among the parent's
 * descendants at the written level: the same stem under transliteration variants (白音 = 巴彦), then one edit on
 * variant keys (stems of 3+ characters) or one dropped character (耀镇 → 星耀镇), then — in a chain only — a
 * dropped trailing element (乌兰镇 → 乌兰淖尔镇) or the tail of the official name. Only a single best candidate is accepted;
 * a village name of three characters or fewer takes variants only (黄花村 is not snapped to 黄花滩村: villages go unlisted).
 */
import type { Gazetteer, Unit } from '../../gazetteer/index.ts';
import { stemOf } from '../../gazetteer/index.ts';
import type { Level } from '../../contract/index.ts';
import { oneCharDropped, withinOneEdit } from './editDistance.ts';
import { levelOfWritten } from '../../contract/index.ts';

export interface FuzzyHit {
  code: string;
  rule: string;
  confidence: number;
}

interface PoolEntry { unit: Unit; stems: string[] }
/** A unit's descendants, all of them and by level: a written level only ever compares against its own. */
interface Pool { all: PoolEntry[]; byLevel: Map<Level, PoolEntry[]> }

/** Per gazetteer: each parent's pool, and each unit's entry, shared by the pools of all its ancestors. */
const built = new WeakMap<Gazetteer, { pools: Map<string, Pool>; entries: Map<string, PoolEntry> }>();

/**
 * The entries a written level can match: its own level's, or all when it has none; a named area (…示范区, …开发区,
 * …园区) matches only units with its suffix, returned for the caller to test (a filtered copy per lookup was most of the
 * resolver's garbage).
 */
function candidates(pool: Pool, written: Level | undefined, writtenName: string): { entries: PoolEntry[]; suffix: string } {
  if (written === 'poi') return { entries: pool.all, suffix: writtenName.slice(-2) };
  return { entries: written ? pool.byLevel.get(written) ?? [] : pool.all, suffix: '' };
}

/** A unit with its variant-keyed stems (every written form's), worked out once. */
function entryOf(gaz: Gazetteer, entries: Map<string, PoolEntry>, u: Unit): PoolEntry {
  let entry = entries.get(u.code);
  if (!entry) {
    const names = [u.name, u.shortName, ...u.forms.map((f) => f.form)];
    entries.set(u.code, (entry = { unit: u, stems: [...new Set(names.map((n) => gaz.variantKey(stemOf(n))))] }));
  }
  return entry;
}

/** Descendants of a unit with their variant-keyed stems, built once per unit. */
function poolOf(gaz: Gazetteer, code: string): Pool {
  let cache = built.get(gaz);
  if (!cache) built.set(gaz, (cache = { pools: new Map(), entries: new Map() }));
  const { pools, entries } = cache;
  let pool = pools.get(code);
  if (!pool) {
    const fresh: Pool = { all: [], byLevel: new Map() };
    const walk = (c: string) => {
      for (const u of gaz.children(c)) {
        const entry = entryOf(gaz, entries, u);
        fresh.all.push(entry);
        const same = fresh.byLevel.get(u.level);
        if (same) same.push(entry); else fresh.byLevel.set(u.level, [entry]);
        walk(u.code);
      }
    };
    walk(code);
    pools.set(code, (pool = fresh));
  }
  return pool;
}

const RULES = [
  { rule: 'fuzzy:variant', confidence: 0.8 },
  { rule: 'fuzzy:edit', confidence: 0.7 },
  { rule: 'fuzzy:dropped-char', confidence: 0.68 },
  { rule: 'fuzzy:prefix', confidence: 0.62 },
  { rule: 'fuzzy:tail', confidence: 0.62 },
];

/** How the written stem relates to a unit's stem (index into RULES), or -1. Short stems need a chain. */
function rank(stem: string, s: string, chain: boolean, written: string, official: string): number {
  if (s === stem && stem.length >= 2) return 0;
  if (stem.length >= 3 && withinOneEdit(stem, s)) return 1;
  if ((chain || stem.length >= 3) && oneCharDropped(stem, s)) return 2;
  if (chain && stem.length >= 2 && s.startsWith(stem) && s.length <= stem.length + 2) return 3;
  // The official name ends with what is written (阿拉善盟|高新技术产业开发区 → 内蒙古阿拉善高新技术产业开发区).
  if (chain && written.length >= 5 && official.endsWith(written)) return 4;
  return -1;
}

/**
 * Results per gazetteer, by mode, parent and written name (nested maps, so a lookup builds no key string): the same
 * slips recur across a corpus.
 */
interface Memo { byMode: [Map<string, Map<string, FuzzyHit | null>>, Map<string, Map<string, FuzzyHit | null>>]; size: number }
const memos = new WeakMap<Gazetteer, Memo>();
const MEMO_LIMIT = 100_000;

export function fuzzyWithin(gaz: Gazetteer, written: string, parent: string, options: { chain: boolean }): FuzzyHit | null {
  let memo = memos.get(gaz);
  if (!memo) memos.set(gaz, (memo = { byMode: [new Map(), new Map()], size: 0 }));
  const byParent = memo.byMode[options.chain ? 1 : 0];
  let cache = byParent.get(parent);
  const known = cache?.get(written);
  if (known !== undefined) return known;
  const hit = search(gaz, written, parent, options.chain);
  if (memo.size >= MEMO_LIMIT) { memo.byMode.forEach((m) => m.clear()); memo.size = 0; cache = undefined; }
  if (!cache) byParent.set(parent, (cache = new Map()));
  cache.set(written, hit);
  memo.size++;
  return hit;
}

/** A village name this short (黄花村) that differs by one edit is as likely an unlisted village as a slip: only variants count. */
const MAX_SHORT_VILLAGE = 3;

function search(gaz: Gazetteer, written: string, parent: string, chain: boolean): FuzzyHit | null {
  const level = levelOfWritten(written);
  const stem = gaz.variantKey(stemOf(written));
  if (stem.length === 0 || stem === written) return null;
  const variantsOnly = level === 'village' && written.length <= MAX_SHORT_VILLAGE;
  let best = RULES.length;
  let found: string[] = [];
  const { entries, suffix } = candidates(poolOf(gaz, parent), level, written);
  for (const { unit, stems } of entries) {
    if (suffix && !unit.name.endsWith(suffix)) continue;
    let r = RULES.length;
    for (const s of stems) {
      const x = rank(stem, s, chain, written, unit.name);
      if (variantsOnly && x > 0) continue;
      if (x >= 0 && x < r) r = x;
    }
    if (r < best) { best = r; found = [unit.code]; } else if (r === best && r < RULES.length) found.push(unit.code);
  }
  if (found.length !== 1) return null;
  return { code: found[0], ...RULES[best] };
}
