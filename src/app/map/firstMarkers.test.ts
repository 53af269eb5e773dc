import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../defaults.ts';
import { showsFirstMarkers } from './firstMarkers.ts';

describe('showsFirstMarkers', () => {
  it("is the first visit's view in Chinese, whatever categories, place or camera it shows", () => {
    const s = DEFAULTS.state;
    expect(showsFirstMarkers(s, 'zh')).toBe(true);
    expect(showsFirstMarkers({ ...s, categories: ['employment'], place: 'c150100000000', view: { center: [120, 48], zoom: 9 } }, 'zh')).toBe(true);
    // A search that reduces to nothing searches for nothing.
    expect(showsFirstMarkers({ ...s, query: '  ' }, 'zh')).toBe(true);
  });

  it('is not any view whose markers differ: English labels, a region, a search or a period', () => {
    const s = DEFAULTS.state;
    expect(showsFirstMarkers(s, 'en')).toBe(false);
    expect(showsFirstMarkers({ ...s, region: '150100000000' }, 'zh')).toBe(false);
    expect(showsFirstMarkers({ ...s, query: '养老' }, 'zh')).toBe(false);
    expect(showsFirstMarkers({ ...s, from: '2024' }, 'zh')).toBe(false);
    expect(showsFirstMarkers({ ...s, to: '2024-06' }, 'zh')).toBe(false);
    expect(showsFirstMarkers({ ...s, undated: false }, 'zh')).toBe(false);
  });
});
