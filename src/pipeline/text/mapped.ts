/**
 * Text with a map back to the original: every rewrite keeps `map[i]` = offset in the original of `text[i]`,
 * and `map[text.length]` = original length, so spans found in cleaned text map back exactly.
 * Maps are Uint32Arrays: a 20 MB page needs a map per pass, and numbers[] would take twice the memory.
 */
export interface Mapped {
  text: string;
  map: Uint32Array;
}

/** The identity mapping of an original text. */
export function identity(text: string): Mapped {
  const map = new Uint32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) map[i] = i;
  return { text, map };
}

class MapBuilder {
  map: Uint32Array;
  n = 0;
  constructor(capacity: number) { this.map = new Uint32Array(Math.max(16, capacity)); }
  push(v: number): void {
    this.reserve(1);
    this.map[this.n++] = v;
  }
  /** Appends `src[from, to)` in one copy: most of a rewrite is unchanged text, and a push per character was its cost. */
  pushRange(src: Uint32Array, from: number, to: number): void {
    this.reserve(to - from);
    this.map.set(src.subarray(from, to), this.n);
    this.n += to - from;
  }
  private reserve(more: number): void {
    if (this.n + more <= this.map.length) return;
    const bigger = new Uint32Array(Math.max(this.map.length * 2, this.n + more));
    bigger.set(this.map);
    this.map = bigger;
  }
  done(): Uint32Array { return this.map.slice(0, this.n); }
}

/**
 * Replaces every match of `re` (must be global) by what `replace` returns (null keeps the match).
 * A replacement that is a subsequence of the match keeps each kept character's own offset (deletions);
 * any other replacement maps all its characters to the start of the match (entities, tags).
 */
export function rewrite(src: Mapped, re: RegExp, replace: (m: RegExpExecArray) => string | null): Mapped {
  if (!re.global) throw new Error('rewrite needs a global regular expression');
  const parts: string[] = [];
  const out = new MapBuilder(src.text.length + 1);
  let last = 0;
  let changed = false;
  re.lastIndex = 0;
  for (let m = re.exec(src.text); m; m = re.exec(src.text)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    const rep = replace(m);
    if (rep === null || rep === m[0]) continue;
    changed = true;
    copy(src, last, m.index, parts, out);
    placeReplacement(src, m.index, m[0], rep, parts, out);
    last = m.index + m[0].length;
  }
  if (!changed) return src;
  copy(src, last, src.text.length, parts, out);
  out.push(src.map[src.text.length]);
  return { text: parts.join(''), map: out.done() };
}

function copy(src: Mapped, from: number, to: number, parts: string[], out: MapBuilder): void {
  if (to <= from) return;
  parts.push(src.text.slice(from, to));
  out.pushRange(src.map, from, to);
}

function placeReplacement(src: Mapped, at: number, match: string, rep: string, parts: string[], out: MapBuilder): void {
  parts.push(rep);
  let j = 0;
  const positions: number[] = [];
  for (let i = 0; i < match.length && j < rep.length; i++) if (match[i] === rep[j]) { positions.push(at + i); j++; }
  const subsequence = j === rep.length;
  for (let k = 0; k < rep.length; k++) out.push(subsequence ? src.map[positions[k]] : src.map[at]);
}

/** Replaces characters one for one (same length), keeping the map. */
export function mapChars(src: Mapped, convert: (text: string) => string): Mapped {
  const text = convert(src.text);
  if (text.length !== src.text.length) throw new Error('mapChars: conversion changed the length');
  return { text, map: src.map };
}

/** Original span [start, end) of the cleaned span [s, e). */
export function toOriginal(map: ArrayLike<number>, s: number, e: number): { start: number; end: number } {
  if (e <= s) return { start: map[s], end: map[s] };
  return { start: map[s], end: Math.max(map[s], map[e - 1]) + 1 };
}

/** Deletes sorted, non-overlapping ranges [start, end) of the text, keeping the map. */
export function deleteRanges(src: Mapped, ranges: [number, number][]): Mapped {
  if (ranges.length === 0) return src;
  const parts: string[] = [];
  const out = new MapBuilder(src.text.length + 1);
  let last = 0;
  for (const [s, e] of ranges) {
    copy(src, last, s, parts, out);
    last = e;
  }
  copy(src, last, src.text.length, parts, out);
  out.push(src.map[src.text.length]);
  return { text: parts.join(''), map: out.done() };
}
