import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../contract/index.ts';
import { CLASSIFY_DEFAULTS, classifyItem } from './classifyItem.ts';
import { DEFAULT_LEXICON_URL, defaultLexicon, parseLexicon } from './classifyLexicon.ts';
import type { ItemSpan } from '../types.ts';

const item = (text: string, titleLength = 0): ItemSpan => ({
  kind: 'article', start: 0, end: text.length, title: titleLength ? { start: 0, end: titleLength } : null, byline: null, bodyStart: titleLength,
});
const classify = (text: string, titleLength = 0) => classifyItem(text, item(text, titleLength));

describe('the lexicon data/categories.csv', () => {
  it('parses without problems and covers every category', () => {
    const lex = defaultLexicon();
    expect(lex.problems).toEqual([]);
    for (const c of CATEGORY_IDS) expect(lex.terms.some((t) => t.category === c)).toBe(true);
    expect(readFileSync(DEFAULT_LEXICON_URL, 'utf8').split('\n')[0].trim()).toBe('category,term,weight,note');
  });
  it('reports bad rows instead of using them', () => {
    const lex = parseLexicon('category,term,weight,note\nelderly-care,养老,3,\nnope,词,1,\nemployment,,1,\nemployment,就业,-1,\n');
    expect(lex.terms).toEqual([{ category: 'elderly-care', term: '养老', weight: 3 }]);
    expect(lex.problems).toHaveLength(3);
  });
});

describe('classifyItem', () => {
  it.each([
    ['社区长者食堂开张,老年人在家门口吃上助餐,养老服务更贴心。', 'elderly-care'],
    ['零工市场帮助群众就业,招聘会提供岗位,返乡创业有支持。', 'employment'],
    ['村里推行积分制,积分超市兑换日用品,乡村治理有了抓手。', 'rural-governance'],
    ['村集体经济收入翻番,合作社带动村民种植致富。', 'rural-development'],
    ['中青年干部研修班开班,年轻干部到基层挂职锻炼,人才队伍壮大。', 'talent-training'],
    ['景区游客络绎不绝,文旅融合带动旅游产业。', 'industry-tourism'],
    ['宣讲团走进村里,党课讲到炕头上。', 'party-education'],
    ['成立流动党员党支部,整顿软弱涣散党组织。', 'party-building'],
    ['疫情发生后,党员突击队投入防疫一线。', 'pandemic-response'],
    ['边境牧区联合党委守边护边,促进民族团结。', 'border-unity'],
    ['药品监管部门到企业检查,市场监管更规范。', 'public-services'],
  ])('%s → %s', (text, category) => {
    expect(classify(text).category).toBe(category);
  });

  it('counts headline terms more than body terms', () => {
    const body = '老年人吃饭难。零工市场帮助就业。';
    expect(classify(body).category).toBe('employment');
    expect(classify('养老助餐' + body, 4).category).toBe('elderly-care');
  });

  it('exposes scores and names secondary categories above the threshold', () => {
    const r = classify('积分超市运转良好,积分制推动乡村治理,村集体经济增收,合作社带动致富。');
    expect(r.category).toBe('rural-governance');
    expect(r.secondaryCategories).toEqual(['rural-development']);
    expect(r.scores['rural-governance']).toBeGreaterThan(r.scores['rural-development'] ?? 0);
  });

  it('breaks ties by contract order and falls back when nothing matches', () => {
    const lex = parseLexicon('category,term,weight,note\npublic-services,甲,1,\nelderly-care,乙,1,\n');
    expect(classifyItem('甲乙', item('甲乙'), lex).category).toBe('elderly-care');
    expect(classify('今天天气晴朗。')).toEqual({ category: CLASSIFY_DEFAULTS.fallback, secondaryCategories: [], scores: {} });
  });
});
