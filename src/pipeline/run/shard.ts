/**
 * Shards: a run over many machines splits the files by a stable hash of their name, so every machine agrees on
 * which shard owns a file without talking to the others.
 */
import { createHash } from 'node:crypto';
import { InputError } from './inputError.ts';

export interface Shard { index: number; count: number }

/** The shard (0 … count-1) that owns `file`: the first 8 hex digits of sha256(name), modulo the count. */
export function shardOf(file: string, count: number): number {
  return Number.parseInt(createHash('sha256').update(file).digest('hex').slice(0, 8), 16) % count;
}

/** Parses `I/N` (0 ≤ I < N); anything else is an InputError naming the option. */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || !(count >= 1) || !(index < count)) {
    throw new InputError(`--shard: expected I/N with N ≥ 1 and 0 ≤ I < N (e.g. 0/4), got "${text}"`);
  }
  return { index, count };
}

/** Checks a shard given through the API as strictly as the CLI does. */
export function checkShard(s: Shard): void {
  if (!Number.isInteger(s.index) || !Number.isInteger(s.count) || s.count < 1 || s.index < 0 || s.index >= s.count) {
    throw new InputError(`shard: expected 0 ≤ index < count, got ${s.index}/${s.count}`);
  }
}
