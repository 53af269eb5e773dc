/**
 * Outcomes made before the merge reaches them (the pool finishes files out of order): kept in memory up to a budget,
 * past it handed to `park` (the run writes them to its outcome folder, where the merge reads them back), so memory
 * stays bounded however far the workers run ahead.
 */
import type { FileOutcome } from './cacheEntry.ts';

/** A rough size in characters of an outcome kept as an object (its JSON would be about this long). */
const sizeOf = (o: string | FileOutcome): number =>
  typeof o === 'string' ? o.length : 2 * (o.text?.length ?? 0) + 300 * (o.mentions?.length ?? 0) + 1000 * o.initiatives.length;

export class Ahead {
  private waiting = new Map<number, string | FileOutcome>();
  private size = 0;
  /** `budget` characters in memory; past it `park(k, json)` must keep file k's outcome where the merge will find it. */
  constructor(private budget: number, private park: (k: number, json: string) => void) {}

  /** File k's outcome, as an object or as the JSON a worker sent. */
  put(k: number, o: string | FileOutcome): void {
    const n = sizeOf(o);
    if (this.size + n > this.budget) { this.park(k, typeof o === 'string' ? o : JSON.stringify(o)); return; }
    this.waiting.set(k, o);
    this.size += n;
  }

  /** File k's outcome when it waits here (and no longer), else undefined. */
  take(k: number): FileOutcome | undefined {
    const o = this.waiting.get(k);
    if (o === undefined) return undefined;
    this.waiting.delete(k);
    this.size -= sizeOf(o);
    return typeof o === 'string' ? JSON.parse(o) as FileOutcome : o;
  }
}
