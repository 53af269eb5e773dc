import { describe, expect, it } from 'vitest';
import { orderPlaces } from './buildInitiativesPlaces.ts';
import type { ResolvedMention } from '../types.ts';

let at = 100;
const m = (code: string, level: ResolvedMention['level'], status: ResolvedMention['status'] = 'place'): ResolvedMention => {
  at += 10;
  return { start: at, end: at + 3, surface: code, source: 'gazetteer', item: 0, code, parentCode: null, name: code, level, confidence: 1, rule: 'exact', status };
};
const order = (ms: ResolvedMention[], title = { start: 0, end: 0 }, lead = { start: 0, end: 0 }) => orderPlaces(ms, (x) => x.code, title, lead);

describe('orderPlaces', () => {
  it('puts the banner first when a village is only named in passing', () => {
    const ms = [m('banner', 'county'), m('village', 'village'), m('banner', 'county'), m('banner', 'county'), m('banner', 'county'), m('league', 'prefecture')];
    expect(order(ms)).toEqual(['banner', 'village', 'league']);
  });
  it('puts the most specific place first when the story keeps returning to it or names it in its headline', () => {
    const often = [m('banner', 'county'), m('village', 'village'), m('village', 'village'), m('village', 'village'), m('banner', 'county')];
    expect(order(often)[0]).toBe('village');
    const v = m('village', 'village');
    const headline = [m('banner', 'county'), m('banner', 'county'), m('banner', 'county'), m('banner', 'county'), v];
    expect(order(headline, { start: v.start, end: v.end })[0]).toBe('village');
  });
  it('leaves out mentions that are not places and those without an id', () => {
    expect(order([m('outside', 'prefecture', 'outside'), m('generic', 'county', 'generic'), m('ok', 'township')])).toEqual(['ok']);
    expect(orderPlaces([m('x', 'village')], () => null, null, { start: 0, end: 0 })).toEqual([]);
  });
});
