import { describe, expect, it } from 'vitest';
import { sanitizePartial } from './api.ts';

describe('sanitizePartial', () => {
  it('keeps valid fields and drops unknown or malformed ones', () => {
    expect(sanitizePartial({ region: '152200000000', categories: ['employment', 'nope'], extra: 1, view: { center: [120, 45], zoom: 6 } }))
      .toEqual({ region: '152200000000', categories: ['employment'], view: { center: [120, 45], zoom: 6 } });
    expect(sanitizePartial({ region: '1522', place: 5, view: { center: ['a', 1], zoom: 2 } })).toEqual({});
  });
  it('accepts null to clear a selection and survives non-objects', () => {
    expect(sanitizePartial({ place: null, region: null })).toEqual({ place: null, region: null });
    expect(sanitizePartial('x')).toEqual({});
    expect(sanitizePartial(null)).toEqual({});
  });
});

describe('createApi', () => {
  it('tells a late ready subscriber at once and passes state through setState', async () => {
    const { createStore } = await import('./store.ts');
    const { createApi } = await import('./api.ts');
    const store = createStore({ place: null, region: null, categories: [], query: '', view: { center: [0, 0], zoom: 1 } });
    let settled = 0;
    const search = async (q: string) => [{ kind: 'region' as const, id: '152200000000', label: q }];
    const { api, emit } = createApi({ store, visible: () => ({ places: ['a'], initiatives: [] }), settled: async () => { settled++; }, search });
    emit('ready', { ok: true });
    const got = await new Promise((r) => api.on('ready', r));
    expect(got).toEqual({ ok: true });
    const s = await api.setState({ region: '152200000000', bogus: 1 } as never);
    expect(s.region).toBe('152200000000');
    expect(settled).toBe(1);
    expect(api.getVisiblePlaces()).toEqual(['a']);
    expect(await api.search(null as never)).toEqual([{ kind: 'region', id: '152200000000', label: '' }]);
  });
});
