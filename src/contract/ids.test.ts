import { describe, expect, it } from 'vitest';
import { initiativeId, placeId, placeIdDepth, unlistedPlaceId } from './ids.ts';

describe('ids', () => {
  it('names gazetteer places by code, unlisted ones by parent and name, initiatives by file stem and start', () => {
    expect(placeId('152200000000')).toBe('c152200000000');
    expect(unlistedPlaceId('152221105000', '新村')).toBe('x152221105000-新村');
    expect(initiativeId('007_test.txt', 42)).toBe('007_test#42');
  });
  it('reads how deep a place id lies, one below its parent for an unlisted unit', () => {
    expect(placeIdDepth('c152200000000')).toBe(1);
    expect(placeIdDepth('c152221105201')).toBe(4);
    expect(placeIdDepth('x152221105000-新村')).toBe(4);
  });
});
