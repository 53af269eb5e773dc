// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Initiative } from '../../contract/index.ts';
import { categoryCounts, placeIndex, visibleFor } from '../filter.ts';
import type { AtlasData } from '../types.ts';
import { createVisibility } from '../visibility.ts';
import { encodeState, decodeState } from '../urlState.ts';
import { sanitizePartial } from '../api.ts';
import { DEFAULTS } from '../defaults.ts';
import { fixtureData, fixtureStore, initiatives } from '../search/testFixture.ts';
import { indexedRecords } from '../indexedRecords.ts';
import { renderTimeline } from './timeline.ts';

const shownIn = (d: AtlasData) => createVisibility(d, placeIndex(d));

const dated = (dates: Record<string, string | null>) => ({
  ...fixtureData,
  ...indexedRecords(initiatives.map((it): Initiative => ({ ...it, source: { id: it.id, title: null, outlet: null, date: dates[it.id] ?? null, page: null, url: null } })), fixtureData.places),
});
const data = dated({ 'a#1': '2024-05-10', 'a#2': '2024-07' });

describe('the time filter', () => {
  it('narrows the visible initiatives and the legend counts; undated ones stay unless left out', () => {
    const s = { ...fixtureStore().get(), from: '2024-06', to: '2024-12' };
    expect(visibleFor(data, s).initiatives).toEqual(['a#2', 'b#5']);
    expect(categoryCounts(data, s)['elderly-care']).toBe(0);
    expect(visibleFor(data, { ...s, undated: false }).initiatives).toEqual(['a#2']);
  });
  it('travels in the URL and through setState, and a malformed date is ignored', () => {
    const state = { ...DEFAULTS.state, from: '2024-06', to: '2025', undated: false };
    const q = encodeState(state, DEFAULTS.prefs);
    expect(q).toContain('from=2024-06&to=2025&undated=0');
    expect(decodeState(q, DEFAULTS).state).toMatchObject({ from: '2024-06', to: '2025', undated: false });
    expect(decodeState('from=今年&to=2024-02-30', DEFAULTS).state.from).toBeUndefined();
    expect(sanitizePartial({ from: '2024-05', to: 'soon', undated: false })).toEqual({ from: '2024-05', undated: false });
  });
});

describe('renderTimeline', () => {
  it('does not show when no initiative is dated', () => {
    const root = document.createElement('section');
    renderTimeline(root, { data: fixtureData, store: fixtureStore(), lang: () => 'zh', shown: shownIn(fixtureData) });
    expect(root.hidden).toBe(true);
  });
  it('leaves its bars in place when a render would draw the same ones, so a drag in progress is not cut off', () => {
    const root = document.createElement('section');
    const store = fixtureStore();
    const shown = shownIn(data);
    renderTimeline(root, { data, store, lang: () => 'en', shown });
    const first = root.querySelector('.tl-bar');
    renderTimeline(root, { data, store, lang: () => 'en', shown });
    expect(root.querySelector('.tl-bar')).toBe(first);
    store.set({ from: '2024-07', to: '2024-07' });
    renderTimeline(root, { data, store, lang: () => 'en', shown });
    expect(root.querySelector('.tl-bar')).not.toBe(first);
  });
  it('shows a bar per month with counts, an undated bar, and sets from/to from a bar', () => {
    const root = document.createElement('section');
    const store = fixtureStore();
    const shown = shownIn(data);
    renderTimeline(root, { data, store, lang: () => 'en', shown });
    expect(root.hidden).toBe(false);
    const bars = [...root.querySelectorAll<HTMLButtonElement>('.tl-bars .tl-bar')];
    expect(bars.map((b) => b.title)).toEqual(['2024-05: 1', '2024-06: 0', '2024-07: 1']);
    expect(root.querySelector('.tl-undated')?.getAttribute('title')).toBe('Undated: 1');
    bars[2].dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 0 }));
    expect(store.get()).toMatchObject({ from: '2024-07', to: '2024-07' });
    renderTimeline(root, { data, store, lang: () => 'en', shown });
    expect([...root.querySelectorAll('.tl-bars .tl-bar')].map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'false', 'true']);
    root.querySelector<HTMLButtonElement>('.tl-undated')!.click();
    expect(store.get().undated).toBe(false);
    root.querySelector<HTMLButtonElement>('.tl-clear')!.click();
    expect(store.get()).toMatchObject({ from: null, to: null });
  });
});
