// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, type CategoryId } from '../../contract/index.ts';
import { visibleFor, placeIndex } from '../filter.ts';
import { fixtureData, fixtureStore } from '../search/testFixture.ts';
import type { AtlasData } from '../types.ts';
import { regionPanel } from './regionPanel.ts';

const XING_AN = '152200000000';
const data: AtlasData = {
  ...fixtureData,
  leagues: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [] },
    properties: { code: XING_AN, name: '兴安盟', shortName: '兴安', level: 'prefecture', parentCode: null } }] },
  counties: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [] },
    properties: { code: '152221000000', name: '科尔沁右翼前旗', shortName: '科右前旗', level: 'county', parentCode: XING_AN } }] },
};

/** The region panel for 兴安盟 under the given categories, built as the app builds it. */
function panelFor(categories: CategoryId[], listBelow: HTMLElement | null = null) {
  const store = fixtureStore({ region: XING_AN, categories });
  const byId = placeIndex(data);
  const v = visibleFor(data, store.get(), byId);
  const el = regionPanel(XING_AN, v.places, { data, store, lang: 'zh', placesById: byId, visibleInitiatives: new Set(v.initiatives), listBelow });
  document.body.replaceChildren(el);
  return { el, store };
}
const barLabels = (el: HTMLElement) => [...el.querySelectorAll('.bar-chart text[text-anchor="end"]')].map((x) => x.textContent);

describe('regionPanel', () => {
  it('counts, charts and lists only what the category filter shows', () => {
    const all = panelFor([...CATEGORY_IDS]);
    expect(all.el.querySelector('.level')!.textContent).toContain('2 项举措');
    expect(barLabels(all.el)).toEqual(['养老助老', '乡村治理与积分制']);
    const one = panelFor(['elderly-care']);
    expect(one.el.querySelector('.level')!.textContent).toContain('1 项举措');
    expect(barLabels(one.el)).toEqual(['养老助老']);
    expect([...one.el.querySelectorAll('.region-initiatives button')].map((b) => b.textContent)).toEqual(['科右前旗建成互助幸福院']);
    expect(one.el.querySelector('.region-initiatives .meta')!.textContent).toBe('养老助老 · 科尔沁右翼前旗');
    expect(one.el.querySelector('.place-links')!.textContent).toBe('科尔沁右翼前旗 (1 项举措)');
  });

  it('selects an initiative’s main place from its row', () => {
    const { el, store } = panelFor([...CATEGORY_IDS]);
    el.querySelector<HTMLButtonElement>('[data-initiative="a#2"]')!.click();
    expect(store.get().place).toBe('c152221100000');
  });

  it('points to the main list instead of repeating it when the list sits below the panel', () => {
    const { el } = panelFor([...CATEGORY_IDS], document.createElement('section'));
    expect(el.querySelector('.region-initiatives')).toBeNull();
    expect(el.querySelector('.to-list')!.textContent).toBe('在下方列表中查看这 2 项举措 ↓');
  });

  it('says an empty selection is empty under the filters and widens them on request', () => {
    const { el, store } = panelFor(['border-unity']);
    expect(el.querySelector('.level')!.textContent).toContain('0 项举措');
    expect(el.querySelector('.region-empty p')!.textContent).toBe('在当前筛选条件下，这里没有记录的举措。');
    expect(el.querySelector('.bar-chart')).toBeNull();
    el.querySelector<HTMLButtonElement>('.region-widen')!.click();
    expect(store.get().categories).toEqual([...CATEGORY_IDS]);
  });
});
