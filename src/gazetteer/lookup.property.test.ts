import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from './load.ts';
import { ensureBuilt } from './testSupport.ts';
import type { Gazetteer } from './types.ts';

let g: Gazetteer;
let names: string[];

beforeAll(async () => {
  await ensureBuilt();
  g = loadGazetteer();
  names = [...g.units.values()].filter((u) => u.level !== 'village').map((u) => u.name);
}, 120_000);

describe('lookup on arbitrary input', () => {
  it('never throws, returns sorted candidates and respects within', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom(...names).chain((n) =>
      fc.tuple(fc.nat({ max: n.length }), fc.string({ maxLength: 2 })).map(([i, s]) => n.slice(0, i) + s + n.slice(i))));
    fc.assert(
      fc.property(text, fc.constantFrom(undefined, '150100000000', '152525000000'), (t, within) => {
        const out = g.lookup(t, within ? { within } : {});
        for (let i = 1; i < out.length; i++) expect(out[i - 1].score).toBeGreaterThanOrEqual(out[i].score);
        for (const c of out) {
          expect(c.score).toBeGreaterThan(0);
          expect(c.score).toBeLessThanOrEqual(1);
          if (within) expect(g.isWithin(c.code, within)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
  it('finds every league, county and township by its official name with score 1', () => {
    for (const name of names) {
      const hit = g.lookup(name)[0];
      expect(hit.name, name).toBe(name);
      expect(hit.score).toBe(1);
    }
  });
});
