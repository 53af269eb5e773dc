import { describe, expect, it } from 'vitest';
import { searchIndex, pinyinKeys } from './searchIndex.ts';
import { normalizeText, query } from './searchQuery.ts';
import { selectionFor } from './selection.ts';
import { fixtureData } from './testFixture.ts';

const index = searchIndex(fixtureData);
const ids = (text: string, limit = 5) => query(index, text, limit).map((e) => e.id);

describe('pinyinKeys', () => {
  it('gives toneless pinyin and initials, keeping Latin letters and digits', () => {
    expect(pinyinKeys('科右前旗')).toEqual({ full: 'keyouqianqi', initials: 'kyqq' });
    expect(pinyinKeys('5g基站')).toEqual({ full: '5gjizhan', initials: '5gjz' });
  });
});

describe('searchIndex', () => {
  it('indexes each unit once, adds unmapped places and initiatives', () => {
    const byType = (t: string) => index.entries.filter((e) => e.type === t).length;
    expect(byType('region')).toBe(6);
    expect(byType('place')).toBe(5); // four townships and one village that is not a unit
    expect(byType('initiative')).toBe(3);
    const village = index.entries.find((e) => e.name === '查干宝恩本村');
    expect(village?.context).toEqual(['锡林郭勒盟', '正镶白旗', '星耀镇']);
    expect(village?.target).toEqual({ place: 'x152529101000-查干宝恩本村' });
  });

  it('indexes bare names of administrative units only, not of zones', () => {
    expect(index.entries.find((e) => e.id === '152200000000')?.zh).toContain('兴安');
    expect(index.entries.find((e) => e.name === '科右前旗工业园区')?.zh).toEqual(['科右前旗工业园区']);
  });

  it('points a mapped township at its place and an unmapped one at its banner', () => {
    expect(index.entries.find((e) => e.name === '科尔沁镇')?.target).toEqual({ place: 'c152221100000' });
    expect(index.entries.find((e) => e.name === '星耀镇')?.target).toEqual({ region: '152529000000' });
  });
});

describe('query', () => {
  it('finds a banner by its abbreviation, its pinyin and its initials', () => {
    expect(ids('科右前旗')[0]).toBe('152221000000');
    expect(ids('keyouqianqi')[0]).toBe('152221000000');
    expect(ids('ke you qian qi')[0]).toBe('152221000000');
    expect(ids('KYQQ')[0]).toBe('152221000000');
    expect(ids('keyou')).toEqual(expect.arrayContaining(['152221000000', '152222000000']));
  });

  it('puts the league first for a name it shares with lower units', () => {
    expect(ids('兴安')[0]).toBe('152200000000');
    expect(ids('兴安')).toContain('c152201001000');
    expect(ids('xingan')[0]).toBe('152200000000');
    expect(ids("xing'an")[0]).toBe('152200000000');
  });

  it('finds an initiative by a substring of its title, after places', () => {
    expect(ids('积分超市')).toEqual(['a#2']);
    expect(ids('幸福院')).toEqual(['a#1']);
    const mixed = ids('科右前旗', 10);
    expect(mixed[0]).toBe('152221000000');
    expect(mixed).toContain('a#1');
    expect(mixed.indexOf('a#1')).toBeGreaterThan(0);
  });

  it('finds villages that are not gazetteer units, and full-width input', () => {
    expect(ids('查干宝恩本')[0]).toBe('x152529101000-查干宝恩本村');
    expect(ids('chaganbao')[0]).toBe('x152529101000-查干宝恩本村');
    expect(ids('Ａ村')).toEqual(['b#5']);
    expect(normalizeText('  ＫＥ ')).toBe('ke');
  });

  it('accepts traditional characters', () => {
    expect(ids('興安盟')[0]).toBe('152200000000');
    expect(ids('積分超市')).toEqual(['a#2']);
  });

  it('finds initiatives by category name, figure label and summary, in either language', () => {
    expect(ids('养老')).toEqual(['a#1']);
    expect(ids('elderly')).toEqual(['a#1']);
    expect(ids('参与农户')).toEqual(['a#2']);
  });

  it('finds a name written with a homophone or one wrong character, but only when nothing matches exactly', () => {
    expect(ids('科右钱旗')[0]).toBe('152221000000');
    expect(ids('正镶百旗')[0]).toBe('152529000000');
    expect(ids('正镶X旗')[0]).toBe('152529000000');
    expect(ids('科右前旗')).not.toContain('152222000000');
  });

  it('finds leagues and banners by their established English names', () => {
    expect(ids('Horqin Right Front Banner')[0]).toBe('152221000000');
    expect(ids('horqin right')).toEqual(expect.arrayContaining(['152221000000', '152222000000']));
    expect(ids('Hinggan')[0]).toBe('152200000000');
    expect(ids('Hingan')[0]).toBe('152200000000');
  });

  it('groups results by kind, the group with the best match first', () => {
    const kinds = query(index, '科右前旗', 10).map((e) => e.type);
    expect(kinds[0]).toBe('region');
    expect(kinds.join(',')).toMatch(/^(region,)+(place,)*(initiative,?)+$/);
    expect(query(index, '幸福院', 10).map((e) => e.type)[0]).toBe('initiative');
    expect(query(index, 'k', 2).filter((e) => e.type === 'region').length).toBeLessThanOrEqual(2);
  });

  it('returns nothing for empty text, no match, or a zero limit', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('北京')).toEqual([]);
    expect(ids('zzzz')).toEqual([]);
    expect(query(index, '兴安', 0)).toEqual([]);
    expect(ids('k', 50).length).toBeLessThanOrEqual(50);
  });
});

describe('selectionFor', () => {
  const entry = (id: string) => index.entries.find((e) => e.id === id)!;
  it('selects a region and clears place and query', () => {
    expect(selectionFor(entry('152221000000'), { region: null })).toEqual({ region: '152221000000', place: null, query: '' });
  });

  it('selects the main place of an initiative, keeping a region that contains it', () => {
    expect(selectionFor(entry('a#1'), { region: '152200000000' })).toEqual({ place: 'c152221000000', region: '152200000000', query: '' });
    expect(selectionFor(entry('a#1'), { region: '152500000000' })).toEqual({ place: 'c152221000000', region: null, query: '' });
  });
});
