import { describe, expect, it } from 'vitest';
import { anchoredKey, FIRST_MARKERS_NAME, firstMarkersFile, mentionKey, validateMarkers } from './firstMarkers.ts';
import { validateInitiativeIndex } from './initiativeIndex.ts';

const marker = (props: Record<string, unknown>, coordinates: unknown = [111.6, 40.8]) => ({ type: 'Feature', geometry: { type: 'Point', coordinates },
  properties: { id: 'c150100000000', label: '', approx: false, precision: 'exact', doubtful: false, ...props } });
const fc = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('validateMarkers', () => {
  it('accepts a marker that counts or mentions an initiative of a known category at a known place', () => {
    expect(validateMarkers(fc(marker({ [anchoredKey('elderly-care')]: 2, [mentionKey('employment')]: 1 })), new Set(['c150100000000']))).toEqual([]);
  });

  it('names every broken marker', () => {
    const problems = validateMarkers(fc(
      marker({ [anchoredKey('elderly-care')]: 0 }),
      marker({ id: 'c150200000000', k_weather: 1 }),
      marker({ id: 'c150300000000', precision: 'street', [anchoredKey('employment')]: 1.5 }),
      marker({ id: 'c150400000000' }, ['x', 40]),
      marker({ id: 'c150100000000', [anchoredKey('employment')]: 1 }),
    ), new Set(['c150100000000', 'c150300000000', 'c150400000000']));
    expect(problems).toEqual([
      'markers[0]: k_elderly-care must be a whole number above zero',
      'markers[0]: a marker counts or mentions at least one initiative',
      'markers[1]: unknown place c150200000000',
      'markers[1]: unknown property k_weather',
      'markers[1]: a marker counts or mentions at least one initiative',
      'markers[2]: bad precision street',
      'markers[2]: k_employment must be a whole number above zero',
      'markers[2]: a marker counts or mentions at least one initiative',
      'markers[3]: bad coordinates',
      'markers[3]: a marker counts or mentions at least one initiative',
      'markers[4]: duplicate id c150100000000',
    ]);
    expect(validateMarkers({ type: 'Feature' })).toEqual(['markers: not a GeoJSON FeatureCollection']);
  });
});

describe('first markers file name', () => {
  it('is made from a 16-digit hash and is the only name the pattern and the index accept', () => {
    expect(firstMarkersFile('0123456789abcdef')).toBe('first-markers-0123456789abcdef.geojson');
    expect(FIRST_MARKERS_NAME.test(firstMarkersFile('0123456789abcdef'))).toBe(true);
    for (const bad of ['first-markers-0123.geojson', '../first-markers-0123456789abcdef.geojson', 'first-markers-0123456789ABCDEF.geojson']) {
      expect(FIRST_MARKERS_NAME.test(bad), bad).toBe(false);
      expect(validateInitiativeIndex({ chunks: [], initiatives: [], firstMarkers: bad })).toEqual(['firstMarkers: must name a first-markers-<16 hex digits>.geojson file']);
    }
    expect(validateInitiativeIndex({ chunks: [], initiatives: [], firstMarkers: firstMarkersFile('0123456789abcdef') })).toEqual([]);
  });
});
