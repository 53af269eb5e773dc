import type { CategoryId } from '../../contract/index.ts';

/**
 * InitiativeLinks: each initiative of a run as a category and the numbers of its places, in typed arrays (a few bytes
 * an initiative instead of an object, an id and an array), all the rollups need once every place is known.
 */

/** Grows a typed array by doubling. */
function grow<T extends Int32Array>(a: T, n: number): T {
  if (n <= a.length) return a;
  const b = new Int32Array(Math.max(n, a.length * 2));
  b.set(a);
  return b as T;
}

export class InitiativeLinks implements Iterable<{ category: CategoryId; places: Int32Array }> {
  private n = 0;
  private category = new Int32Array(1024);
  /** Where each initiative's places begin in `places`; entry n is the end of the last. */
  private from = new Int32Array(1025);
  private places = new Int32Array(4096);
  private categories: CategoryId[] = [];

  get size(): number { return this.n; }

  push(category: CategoryId, places: number[]): void {
    let c = this.categories.indexOf(category);
    if (c < 0) c = this.categories.push(category) - 1;
    const at = this.from[this.n];
    this.category = grow(this.category, this.n + 1);
    this.from = grow(this.from, this.n + 2);
    this.places = grow(this.places, at + places.length);
    this.category[this.n] = c;
    this.places.set(places, at);
    this.from[++this.n] = at + places.length;
  }

  *[Symbol.iterator](): Generator<{ category: CategoryId; places: Int32Array }> {
    for (let k = 0; k < this.n; k++) yield { category: this.categories[this.category[k]], places: this.places.subarray(this.from[k], this.from[k + 1]) };
  }
}
