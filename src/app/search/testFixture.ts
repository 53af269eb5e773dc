/** A small hand-made data set for the search and list tests (real names and codes, invented initiatives). */
import { CATEGORY_IDS, type Initiative, type Level, type PathStep, type PlaceFeature } from '../../contract/index.ts';
import type { LiteUnit } from '../../contract/index.ts';
import type { AtlasData, AtlasState, Lang, Store, UiContext } from '../types.ts';
import { indexedRecords } from '../indexedRecords.ts';

const unit = (code: string, name: string, level: LiteUnit['level'], parentCode: string | null, forms: string[] = []): LiteUnit =>
  ({ code, name, shortName: forms[0] ?? name, level, parentCode, forms: [name, ...forms] });

export const units: LiteUnit[] = [
  unit('152200000000', '兴安盟', 'prefecture', null),
  unit('152201000000', '乌兰浩特市', 'county', '152200000000', ['乌兰浩特']),
  unit('152201001000', '兴安街道', 'township', '152201000000', ['兴安']),
  unit('152221000000', '科尔沁右翼前旗', 'county', '152200000000', ['科右前旗']),
  unit('152222000000', '科尔沁右翼中旗', 'county', '152200000000', ['科右中旗']),
  unit('152221100000', '科尔沁镇', 'township', '152221000000'),
  unit('152221407000', '科右前旗工业园区', 'township', '152221000000'),
  unit('152500000000', '锡林郭勒盟', 'prefecture', null, ['锡林郭勒']),
  unit('152529000000', '正镶白旗', 'county', '152500000000'),
  unit('152529101000', '星耀镇', 'township', '152529000000'),
];

const step = (code: string | null, name: string, level: Level): PathStep => ({ code, name, level });
const XAM = step('152200000000', '兴安盟', 'prefecture');
const KYQQ = step('152221000000', '科尔沁右翼前旗', 'county');
const XLGL = step('152500000000', '锡林郭勒盟', 'prefecture');
const ZXBQ = step('152529000000', '正镶白旗', 'county');
const XYZ = step('152529101000', '星耀镇', 'township');

function place(id: string, path: PathStep[], coordinates: [number, number], initiatives: string[], precision: PlaceFeature['properties']['precision'] = 'exact'): PlaceFeature {
  const self = path[path.length - 1];
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates },
    properties: {
      id, name: self.name, shortName: self.name.replace(/(镇|村|旗)$/, ''), level: self.level, code: self.code,
      parentCode: path.length > 1 ? path[path.length - 2].code : null, path, precision, inGazetteer: self.code !== null,
      mentions: [], initiatives,
    },
  };
}

export const places: PlaceFeature[] = [
  place('c152221000000', [XAM, KYQQ], [121.47, 46.07], ['a#1']),
  place('c152221100000', [XAM, KYQQ, step('152221100000', '科尔沁镇', 'township')], [121.9, 46.3], ['a#2', 'a#1']),
  // A township sharing the league's name, with an initiative: it must still rank below the league.
  place('c152201001000', [XAM, step('152201000000', '乌兰浩特市', 'county'), step('152201001000', '兴安街道', 'township')], [122.07, 46.08], ['a#2']),
  place('x152529101000-查干宝恩本村', [XLGL, ZXBQ, XYZ, step(null, '查干宝恩本村', 'village')], [115.0, 42.3], ['b#5'], 'township'),
];

function initiative(id: string, title: string, category: Initiative['category'], kind: Initiative['kind'], placeIds: string[], figures: [number, string, string][] = []): Initiative {
  return {
    id, file: `${id.split('#')[0]}.txt`, kind, title, byline: '', start: 0, end: 10, summary: title,
    category, secondaryCategories: [], places: placeIds,
    figures: figures.map(([value, unit, label]) => ({ value, unit, approx: false, hedge: null, text: `${value}${unit}`, start: 0, end: 1, label, place: placeIds[0] ?? null })),
  };
}

export const initiatives: Initiative[] = [
  initiative('a#1', '科右前旗建成互助幸福院', 'elderly-care', 'article', ['c152221000000', 'c152221100000'], [[12, '所', '幸福院'], [3000000, '元', '投入资金']]),
  initiative('a#2', '“积分超市”激活乡村治理', 'rural-governance', 'brief', ['c152221100000', 'c152201001000'], [[200, '户', '参与农户']]),
  initiative('b#5', 'Ａ村嘎查党支部带富', 'party-building', 'photo', ['x152529101000-查干宝恩本村'], []),
];

const placeCollection: AtlasData['places'] = { type: 'FeatureCollection', features: places };
export const fixtureData: AtlasData = {
  places: placeCollection,
  ...indexedRecords(initiatives, placeCollection),
  rollups: {},
  leagues: { type: 'FeatureCollection', features: [] },
  counties: { type: 'FeatureCollection', features: [] },
  units,
};

/** A minimal synchronous store with a call log, standing in for the app's store. */
export function fixtureStore(initial: Partial<AtlasState> = {}): Store & { calls: { partial: Partial<AtlasState>; push?: boolean }[] } {
  let state: AtlasState = { place: null, region: null, categories: [...CATEGORY_IDS], query: '', view: { center: [113, 44], zoom: 4 }, ...initial };
  const fns = new Set<(s: AtlasState, p: AtlasState) => void>();
  const calls: { partial: Partial<AtlasState>; push?: boolean }[] = [];
  return {
    calls,
    get: () => state,
    set(partial, opts) {
      calls.push({ partial, push: opts?.push });
      const prev = state;
      state = { ...state, ...partial };
      for (const fn of [...fns]) fn(state, prev);
    },
    subscribe(fn) {
      fns.add(fn);
      return () => fns.delete(fn);
    },
  };
}

/** A UI context over the fixture data; `visible` shows every initiative and place unless given. */
export function fixtureContext(opts: { lang?: Lang; store?: Store; visible?: () => { places: string[]; initiatives: string[] } } = {}): UiContext {
  return {
    data: fixtureData,
    store: opts.store ?? fixtureStore(),
    lang: () => opts.lang ?? 'zh',
    visible: opts.visible ?? (() => ({ places: places.map((p) => p.properties.id), initiatives: initiatives.map((i) => i.id) })),
  };
}
