import { describe, expect, it } from 'vitest';
import { placesHit } from './interactions.ts';

const hit = (layer: string, id: string) => ({ layer: { id: layer }, properties: { id } });

describe('placesHit', () => {
  it('lists each place under the pointer once, counted markers and mention dots alike, and nothing else', () => {
    const hits = [hit('markers', 'a'), hit('mentions', 'b'), hit('markers', 'a'), hit('clusters', 'x'), hit('league-fill', 'y')];
    expect(placesHit(hits)).toEqual(['a', 'b']);
    expect(placesHit([hit('county-fill', 'z')])).toEqual([]);
  });
});
