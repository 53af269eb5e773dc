import { describe, expect, it } from 'vitest';
import type { Initiative, Level, PlaceFeature } from '../../contract/index.ts';
import { validateRollups } from '../../contract/index.ts';
import { rollup } from './rollup.ts';

const step = (code: string, name: string, level: Level) => ({ code, name, level });
const LEAGUE = step('152200000000', '兴安盟', 'prefecture');
const BANNER = step('152201000000', '乌兰浩特市', 'county');
const OTHER = step('152221000000', '科尔沁右翼前旗', 'county');
const TOWN = step('152201001000', '五一街道', 'township');

function place(id: string, path: ReturnType<typeof step>[]): PlaceFeature {
  const last = path[path.length - 1];
  return {
    type: 'Feature', geometry: { type: 'Point', coordinates: [122, 46] },
    properties: { id, name: last.name, shortName: last.name, level: last.level, code: last.code, parentCode: null, path, precision: 'exact', inGazetteer: true, mentions: [], initiatives: [] },
  };
}
const initiative = (id: string, category: Initiative['category'], places: string[]): Initiative => ({
  id, file: 'f.txt', kind: 'article', title: '', byline: '', start: 0, end: 1, summary: '', category, secondaryCategories: [], places, figures: [],
});

describe('rollup', () => {
  const places = [place('a', [LEAGUE]), place('b', [LEAGUE, BANNER]), place('c', [LEAGUE, BANNER, TOWN]), place('d', [LEAGUE, OTHER])];
  const r = rollup(places, [
    initiative('1', 'elderly-care', ['c', 'b']),
    initiative('2', 'employment', ['d']),
    initiative('3', 'elderly-care', ['x-unknown']),
  ]);

  it('counts initiatives by category for every league and banner, descendants included, each once', () => {
    expect(r['152200000000']).toEqual({ code: '152200000000', name: '兴安盟', level: 'prefecture', initiatives: 2, byCategory: { 'elderly-care': 1, employment: 1 }, places: 4 });
    expect(r['152201000000']).toMatchObject({ initiatives: 1, byCategory: { 'elderly-care': 1 }, places: 2 });
    expect(r['152221000000']).toMatchObject({ initiatives: 1, byCategory: { employment: 1 }, places: 1 });
  });

  it('has no entry below banner level and passes the validator', () => {
    expect(Object.keys(r).sort()).toEqual(['152200000000', '152201000000', '152221000000']);
    expect(validateRollups(r)).toEqual([]);
  });
});
