import { describe, expect, it } from 'vitest';
import { Ahead } from './ahead.ts';
import type { FileOutcome } from './cacheEntry.ts';

const outcome = (file: string): FileOutcome => ({ report: { file, status: 'ok', bytes: 3 }, text: '呼和浩特', mentions: [], initiatives: [] });

describe('Ahead', () => {
  it('keeps outcomes up to its budget and parks the rest as JSON; each is taken once', () => {
    const parked = new Map<number, string>();
    // Room for one JSON and the small object, not for a second JSON.
    const ahead = new Ahead(JSON.stringify(outcome('b.txt')).length + 20, (k, json) => parked.set(k, json));
    ahead.put(0, outcome('a.txt'));
    ahead.put(1, JSON.stringify(outcome('b.txt')));
    ahead.put(2, JSON.stringify(outcome('c.txt')));
    expect([...parked.keys()]).toEqual([2]);
    expect(JSON.parse(parked.get(2)!)).toEqual(outcome('c.txt'));
    expect(ahead.take(1)).toEqual(outcome('b.txt'));
    expect(ahead.take(1)).toBeUndefined();
    expect(ahead.take(0)).toEqual(outcome('a.txt'));
    // Room again once taken.
    ahead.put(3, JSON.stringify(outcome('d.txt')));
    expect(parked.has(3)).toBe(false);
    expect(ahead.take(2)).toBeUndefined();
  });
});
