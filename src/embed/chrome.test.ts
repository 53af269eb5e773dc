import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../app/defaults.ts';
import { fullMapUrl, preferredHeight } from './chrome.ts';

describe('fullMapUrl', () => {
  it('points at the full app beside the embed with the state in the query', () => {
    const url = fullMapUrl('http://127.0.0.1:4173/atlas/embed.html?region=1', { ...DEFAULTS.state, region: '152200000000' }, { lang: 'en' });
    expect(url.startsWith('http://127.0.0.1:4173/atlas/?')).toBe(true);
    const q = new URL(url).searchParams;
    expect(q.get('region')).toBe('152200000000');
    expect(q.get('lang')).toBe('en');
    expect(q.get('view')).toMatch(/^@/);
  });
});

describe('preferredHeight', () => {
  it('follows the width within limits and grows for an open panel', () => {
    expect(preferredHeight(600, 0)).toBe(400);
    expect(preferredHeight(300, 0)).toBe(240);
    expect(preferredHeight(3000, 0)).toBe(720);
    expect(preferredHeight(600, 650.2)).toBe(651);
    expect(preferredHeight(600, 100)).toBe(400);
    // Narrow frames put the panel below the map, so both add up.
    expect(preferredHeight(450, 200)).toBe(500);
  });
});
