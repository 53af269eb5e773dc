import { describe, expect, it } from 'vitest';
import type { PlaceFeature } from './places.ts';
import { placeInitiativesProblems } from './placeInitiatives.ts';

const place = (id: string, initiatives: string[]) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: { id, initiatives } }) as unknown as PlaceFeature;
const its = [{ id: 'a#1', places: ['p1', 'p2'] }, { id: 'a#2', places: ['p2'] }];

describe('placeInitiativesProblems', () => {
  it('accepts each place listing exactly the initiatives that name it, in any order', () => {
    expect(placeInitiativesProblems([place('p1', ['a#1']), place('p2', ['a#2', 'a#1']), place('p3', [])], its)).toEqual([]);
  });
  it('names each place listing one too few, one too many, one twice, or one that does not name it', () => {
    expect(placeInitiativesProblems([place('p1', []), place('p2', ['a#1', 'a#2', 'a#2']), place('p3', ['a#1'])], its)).toEqual([
      'p1: lists initiatives (none), but a#1 name it',
      'p2: lists initiatives a#1, a#2, a#2, but a#1, a#2 name it',
      'p3: lists initiatives a#1, but none name it',
    ]);
    expect(placeInitiativesProblems([place('p1', ['a#2']), place('p2', ['a#1', 'a#2'])], its)).toEqual(['p1: lists initiatives a#2, but a#1 name it']);
  });
});
