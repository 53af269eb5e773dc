/**
 * MentionColumns: every place mention of a run in typed-array columns (place, file, span, surface, confidence, rule)
 * instead of one object each — about 32 bytes a mention instead of some 200, so a run over a large archive keeps
 * millions of mentions in memory until it writes them out place by place.
 */
import type { Mention } from '../../contract/index.ts';

/** Integer columns per mention: file, start, end, surface, rule. */
const W = 5;

/** Grows a typed array by doubling. */
function grow<T extends Int32Array | Float64Array>(a: T, n: number): T {
  if (n <= a.length) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}

/** Strings (file names, surfaces, rules) stored once each and referred to by number. */
class Interned {
  readonly list: string[] = [];
  private index = new Map<string, number>();
  id(s: string): number {
    let k = this.index.get(s);
    if (k === undefined) { k = this.list.length; this.list.push(s); this.index.set(s, k); }
    return k;
  }
}

export class MentionColumns {
  private n = 0;
  private place = new Int32Array(1024);
  private ints = new Int32Array(W * 1024);
  private confidence = new Float64Array(1024);
  private files = new Interned();
  private surfaces = new Interned();
  private rules = new Interned();

  get size(): number { return this.n; }

  push(place: number, m: Mention): void {
    const k = this.n++;
    this.place = grow(this.place, this.n);
    this.ints = grow(this.ints, W * this.n);
    this.confidence = grow(this.confidence, this.n);
    this.place[k] = place;
    this.ints.set([this.files.id(m.file), m.start, m.end, this.surfaces.id(m.surface), this.rules.id(m.rule)], W * k);
    this.confidence[k] = m.confidence;
  }

  /** Row numbers grouped by place (in push order within a place): a stable counting sort over the place column. */
  byPlace(places: number): (place: number) => Mention[] {
    const start = new Int32Array(places + 1);
    for (let k = 0; k < this.n; k++) start[this.place[k] + 1]++;
    for (let p = 0; p < places; p++) start[p + 1] += start[p];
    const order = new Int32Array(this.n);
    const fill = start.slice(0, places);
    for (let k = 0; k < this.n; k++) order[fill[this.place[k]]++] = k;
    return (p) => {
      const out: Mention[] = [];
      for (let i = start[p]; i < start[p + 1]; i++) out.push(this.row(order[i]));
      return out;
    };
  }

  private row(k: number): Mention {
    const i = W * k;
    const c = this.ints;
    return { file: this.files.list[c[i]], start: c[i + 1], end: c[i + 2], surface: this.surfaces.list[c[i + 3]], confidence: this.confidence[k], rule: this.rules.list[c[i + 4]] };
  }
}
