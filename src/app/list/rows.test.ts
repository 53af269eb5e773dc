import { describe, expect, it } from 'vitest';
import type { Figure, Initiative, PlaceProperties } from '../../contract/index.ts';
import { fixtureData } from '../search/testFixture.ts';
import { listRows, topFigure } from './rows.ts';
import { rowSorter, SORT_KEYS, sortRows } from './sort.ts';

const fig = (value: number, unit: string, place: string | null = null): Figure => ({ value, unit, approx: false, hedge: null, text: `${value}${unit}`, start: 0, end: 1, label: 'x', place });

describe('topFigure', () => {
  const it0 = (figures: Figure[]) => ({ id: 'a#0', title: '标题', summary: '', figures }) as unknown as Initiative;
  const main = { id: 'c152221000000', code: '152221000000', parentCode: '152200000000', path: [] } as unknown as PlaceProperties;
  const byId = new Map([[main.id, main]]);
  it('takes the most telling figure of the main place, never one of another place', () => {
    const here = fig(12, '所', main.id);
    const money = fig(3000000, '元', main.id);
    const elsewhere = fig(9000, '名', 'c150100000000');
    expect(topFigure(it0([here, money, elsewhere]), main, byId)).toBe(money);
    expect(topFigure(it0([elsewhere]), main, byId)).toBeNull();
    expect(topFigure(it0([]), main, byId)).toBeNull();
  });
});

describe('listRows', () => {
  it('gives each known initiative its main place and top figure, in the order asked', () => {
    const rows = listRows(fixtureData, ['b#5', 'nope', 'a#1']);
    expect(rows.map((r) => r.id)).toEqual(['b#5', 'a#1']);
    expect(rows[1]).toMatchObject({ placeId: 'c152221000000', placeName: '科尔沁右翼前旗', category: 'elderly-care', kind: 'article' });
    expect(rows[1].topFigure?.value).toBe(3000000);
    expect(rows[0]).toMatchObject({ placeName: '查干宝恩本村', topFigure: null });
  });
});

describe('sortRows', () => {
  const rows = listRows(fixtureData, ['a#1', 'a#2', 'b#5']);
  const ids = (key: Parameters<typeof sortRows>[1], dir: Parameters<typeof sortRows>[2]) => sortRows(rows, key, dir).map((r) => r.id);

  it('sorts Chinese titles and places by pinyin', () => {
    // Code-point order would be 北 < 张 < 阿; pinyin order is a < bei < zhang.
    const named = ['张家村', '阿尔山', '北山'].map((title, i) => ({ ...rows[0], titleOrder: undefined, id: `t${i}`, title }));
    expect(sortRows(named, 'title', 'ascending').map((r) => r.title)).toEqual(['阿尔山', '北山', '张家村']);
    expect(sortRows(named, 'title', 'descending').map((r) => r.title)).toEqual(['张家村', '北山', '阿尔山']);
    // cha (查干…) < ke'erqin you (科尔沁右翼前旗) < ke'erqin zhen (科尔沁镇)
    expect(ids('place', 'ascending')).toEqual(['b#5', 'a#1', 'a#2']);
    expect(ids('place', 'descending')).toEqual(['a#2', 'a#1', 'b#5']);
  });

  it('sorts categories in the contract order', () => {
    expect(ids('category', 'ascending')).toEqual(['a#1', 'a#2', 'b#5']); // elderly-care, rural-governance, party-building
    expect(ids('category', 'descending')).toEqual(['b#5', 'a#2', 'a#1']);
  });

  it('puts the largest figure first and rows without figures last either way', () => {
    expect(ids('figure', 'descending')).toEqual(['a#1', 'a#2', 'b#5']);
    expect(ids('figure', 'ascending')).toEqual(['a#2', 'a#1', 'b#5']);
  });

  it('does not change its input', () => {
    const before = rows.map((r) => r.id);
    sortRows(rows, 'figure', 'ascending');
    expect(rows.map((r) => r.id)).toEqual(before);
  });
});

describe('rowSorter', () => {
  it('orders any subset exactly as sortRows does, for every key and direction', () => {
    const base = listRows(fixtureData, ['a#1', 'a#2', 'b#5']);
    const titles = ['张家村', '阿尔山', '北山', '北山', '科右前旗', ''];
    // Duplicated titles, places and figures make ties that only the id can break.
    const all = Array.from({ length: 60 }, (_, i) => ({ ...base[i % 3], id: `r${(i * 37) % 60}`, title: titles[i % titles.length],
      placeName: i % 4 ? titles[(i + 1) % titles.length] : '', topFigure: i % 5 ? fig(i % 7, '户') : null }));
    const sort = rowSorter(all);
    const subset = all.filter((_, i) => i % 3 !== 1).map((r) => r.id);
    for (const key of SORT_KEYS) {
      for (const dir of ['ascending', 'descending'] as const) {
        const want = sortRows(all.filter((r) => subset.includes(r.id)), key, dir).map((r) => r.id);
        expect(sort(subset, key, dir).map((r) => r.id), `${key} ${dir}`).toEqual(want);
      }
    }
  });

  it('filters by position when told which rows are shown, as it would by ids', () => {
    const all = listRows(fixtureData, fixtureData.initiatives.map((i) => i.id));
    const sorter = rowSorter(all);
    const shown = ['a#1', 'b#5'];
    const at = (n: number) => shown.includes(all[n].id);
    for (const key of ['title', 'place', 'figure'] as const) {
      for (const dir of ['ascending', 'descending'] as const) expect(sorter(shown, key, dir, at)).toEqual(sorter(shown, key, dir));
    }
    expect(sorter(shown, 'title', 'ascending', at).map((r) => r.id).sort()).toEqual(shown);
  });

  it('orders by the build\'s title ranks as sortRows does, ties (a shared rank) by id in either direction', () => {
    const base = listRows(fixtureData, ['a#1'])[0];
    // Ranks as the build gives them: equal titles share the rank of the first of them.
    const ranks = [0, 1, 1, 3, 4, 4, 4, 7, 8, 9];
    const all = ranks.map((titleOrder, i) => ({ ...base, id: `r${(i * 7) % 10}`, title: `t${titleOrder}`, titleOrder }));
    const sort = rowSorter(all);
    const subset = all.filter((_, i) => i !== 2).map((r) => r.id);
    for (const dir of ['ascending', 'descending'] as const) {
      const want = sortRows(all.filter((r) => subset.includes(r.id)), 'title', dir).map((r) => r.id);
      expect(sort(subset, 'title', dir).map((r) => r.id), dir).toEqual(want);
    }
    expect(sort(subset, 'title', 'descending').slice(0, 4).map((r) => r.titleOrder)).toEqual([9, 8, 7, 4]);
  });

  it('skips unknown ids', () => {
    expect(rowSorter(listRows(fixtureData, ['a#1']))(['nope', 'a#1'], 'title', 'ascending').map((r) => r.id)).toEqual(['a#1']);
  });
});
