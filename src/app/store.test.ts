import { describe, expect, it } from 'vitest';
import { createStore } from './store.ts';
import type { AtlasState } from './types.ts';

const S0: AtlasState = { place: null, region: null, categories: ['employment'], query: '', view: { center: [110, 44], zoom: 4 } };

describe('createStore', () => {
  it('merges partial state and notifies with the previous state', () => {
    const st = createStore(S0);
    const seen: [string | null, string | null][] = [];
    st.subscribe((s, prev) => seen.push([prev.region, s.region]));
    st.set({ region: '152200000000' });
    expect(st.get().region).toBe('152200000000');
    expect(st.get().categories).toEqual(['employment']);
    expect(seen).toEqual([[null, '152200000000']]);
  });
  it('does not notify when nothing changes', () => {
    const st = createStore(S0);
    let n = 0;
    st.subscribe(() => n++);
    st.set({ query: '', view: { center: [110, 44], zoom: 4 } });
    expect(n).toBe(0);
  });
  it('passes the push option and stops after unsubscribe', () => {
    const st = createStore(S0);
    const pushes: (boolean | undefined)[] = [];
    const off = st.subscribeWithOpts((_s, _p, o) => pushes.push(o.push));
    st.set({ place: 'c1' }, { push: true });
    off();
    st.set({ place: 'c2' });
    expect(pushes).toEqual([true]);
  });
});
