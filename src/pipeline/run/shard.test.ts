import { describe, expect, it } from 'vitest';
import { checkShard, parseShard, shardOf } from './shard.ts';

describe('shards', () => {
  it('parses I/N and refuses anything else with a message naming --shard', () => {
    expect(parseShard('1/4')).toEqual({ index: 1, count: 4 });
    for (const bad of ['3/2', 'a/b', '0/0', '2/2', '-1/2', '1', '']) expect(() => parseShard(bad), bad).toThrow(/--shard: expected I\/N/);
    expect(() => checkShard({ index: 2, count: 2 })).toThrow(/shard/);
  });
  it('gives every file exactly one shard, the same one every time, and spreads names over the shards', () => {
    const names = Array.from({ length: 2000 }, (_, i) => `synthetic_${String(i).padStart(6, '0')}.txt`);
    const counts = [0, 0, 0, 0];
    for (const n of names) { const s = shardOf(n, 4); expect(shardOf(n, 4)).toBe(s); counts[s]++; }
    for (const c of counts) expect(c).toBeGreaterThan(400);
  });
});
