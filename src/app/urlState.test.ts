import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CATEGORY_IDS } from '../contract/index.ts';
import type { AtlasState, UiPrefs } from './types.ts';
import { coordDecimals, decodeState, decodeView, encodeState, encodeView } from './urlState.ts';

const defaults: { state: AtlasState; prefs: UiPrefs } = {
  state: { place: null, region: null, categories: [...CATEGORY_IDS], query: '', view: { center: [113.5, 44.5], zoom: 4.2 } },
  prefs: { lang: 'zh' },
};

describe('encodeState', () => {
  it('leaves out neutral parameters and keeps the view readable', () => {
    expect(encodeState(defaults.state, defaults.prefs)).toBe('view=@113.5,44.5,4.2');
  });

  it('writes every part of a narrowed view', () => {
    const s = encodeState(
      { place: 'c152221100000', region: '152200000000', categories: ['employment', 'elderly-care'], query: '科右前旗 a&b', view: { center: [121.123456, 46.07654], zoom: 9.876 } },
      { lang: 'en' },
    );
    expect(s).toBe(
      'place=c152221100000&region=152200000000&categories=elderly-care,employment&q=%E7%A7%91%E5%8F%B3%E5%89%8D%E6%97%97%20a%26b&view=@121.123,46.077,9.88&lang=en',
    );
  });

  it('writes an empty categories parameter when no category is shown', () => {
    expect(encodeState({ ...defaults.state, categories: [] }, defaults.prefs)).toContain('categories=&');
  });

  it('leaves out a view that is not known yet', () => {
    expect(encodeState({ ...defaults.state, view: { center: [Number.NaN, 1], zoom: 3 } }, { lang: 'en' })).toBe('lang=en');
  });

  it('uses more decimals as the zoom grows', () => {
    expect(coordDecimals(0)).toBe(1);
    expect(coordDecimals(10)).toBe(3);
    expect(coordDecimals(22)).toBe(6);
    expect(encodeView({ center: [121.1234567, 46.1234567], zoom: 16 })).toBe('@121.12346,46.12346,16');
  });
});

describe('decodeState', () => {
  it('reads a full URL with a leading ?', () => {
    const { state, prefs } = decodeState('?place=c15&region=152200000000&cats=employment&q=%E5%85%B4%E5%AE%89&view=@121.5,46.1,7&lang=en', defaults);
    expect(state).toEqual({ place: 'c15', region: '152200000000', categories: ['employment'], query: '兴安', view: { center: [121.5, 46.1], zoom: 7 } });
    expect(prefs).toEqual({ lang: 'en' });
  });

  it('reads categories under its one name, and under cats as older links wrote it', () => {
    expect(decodeState('categories=employment', defaults).state.categories).toEqual(['employment']);
    expect(decodeState('cats=employment', defaults).state.categories).toEqual(['employment']);
  });

  it('drops unknown categories and invalid regions, clamps numbers', () => {
    const { state, prefs } = decodeState('region=1522&cats=nope,employment,employment,,x&view=@999,-100,50&lang=fr', defaults);
    expect(state.region).toBeNull();
    expect(state.categories).toEqual(['employment']);
    expect(state.view).toEqual({ center: [180, -85.051129], zoom: 22 });
    expect(prefs.lang).toBe('zh');
  });

  it('falls back to the default view when the view is malformed', () => {
    for (const v of ['@1,2', '@a,b,c', '@1,,3', '', '@Infinity,1,2']) {
      expect(decodeState(`view=${v}`, defaults).state.view).toEqual(defaults.state.view);
    }
    expect(decodeView('1,2,3')).toEqual({ center: [1, 2], zoom: 3 });
  });

  it('does not share arrays with the defaults', () => {
    const { state } = decodeState('', defaults);
    expect(state).toEqual(defaults.state);
    expect(state.categories).not.toBe(defaults.state.categories);
    expect(state.view.center).not.toBe(defaults.state.view.center);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (garbage) => {
        const { state } = decodeState(garbage, defaults);
        expect(state.region === null || /^\d{12}$/.test(state.region)).toBe(true);
        expect(state.categories.every((c) => CATEGORY_IDS.includes(c))).toBe(true);
        expect(Number.isFinite(state.view.zoom)).toBe(true);
      }),
      { numRuns: 500 },
    );
    expect(decodeState('q=%E0%A4%A&place=%ZZ&view=%40', defaults).state.view).toEqual(defaults.state.view);
  });
});

describe('round trip', () => {
  const stateArb = fc.record({
    place: fc.option(fc.stringMatching(/^[cx][0-9a-z\-\u4e00-\u9fa5]{1,40}$/), { nil: null }),
    region: fc.option(fc.stringMatching(/^\d{12}$/), { nil: null }),
    categories: fc.subarray([...CATEGORY_IDS]),
    query: fc.string({ maxLength: 200 }).filter((q) => !/[\u0000-\u001f\u007f]/.test(q)),
    view: fc.record({
      center: fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -85, max: 85, noNaN: true })),
      zoom: fc.double({ min: 0, max: 22, noNaN: true }),
    }),
  });
  const prefsArb = fc.record({ lang: fc.constantFrom('zh' as const, 'en' as const) });

  it('decode(encode(s)) keeps everything but view rounding, and encoding is stable', () => {
    fc.assert(
      fc.property(stateArb, prefsArb, (state, prefs) => {
        const url = encodeState(state, prefs);
        const back = decodeState(url, defaults);
        expect(back.prefs).toEqual(prefs);
        expect({ ...back.state, view: null }).toEqual({ ...state, view: null });
        expect(Math.abs(back.state.view.zoom - state.view.zoom)).toBeLessThanOrEqual(0.005 + 1e-9);
        const tol = 0.5 * 10 ** -coordDecimals(back.state.view.zoom) + 1e-9;
        expect(Math.abs(back.state.view.center[0] - state.view.center[0])).toBeLessThanOrEqual(tol);
        expect(Math.abs(back.state.view.center[1] - state.view.center[1])).toBeLessThanOrEqual(tol);
        expect(encodeState(back.state, back.prefs)).toBe(url);
      }),
      { numRuns: 1000 },
    );
  });
});
