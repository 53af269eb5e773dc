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
    const r = classify('积分超市运转良好,积分制推动乡村治理,村规民约深入人心。村集体经济增收,合作社带动致富。');
    expect(r.category).toBe('rural-governance');
    expect(r.secondaryCategories).toEqual(['rural-development']);
    expect(r.scores['rural-governance']).toBeGreaterThan(r.scores['rural-development'] ?? 0);
  });

  it('does not call a story border-unity or tourism for its setting or one aside', () => {
    const border = ['某边境旗某嘎查发展壮大集体经济,村集体收入翻了一番。', '嘎查地处边境,牧民们依托合作社统一养殖肉牛,年底分红。',
      '合作社还流转草场,带动牧户增收。'].join('\n');
    expect(classify(border, border.indexOf('。')).category).toBe('rural-development');
    const herders = ['某嘎查牧民专业合作社成立以来,牧户入股养殖肉羊,统一防疫、统一销售。', '合作社今年为入股牧户分红20万元。',
      '夏季常有游客路过,在嘎查歇脚拍照。', '合作社计划扩建棚圈,带动更多牧户增收致富。'].join('\n');
    expect(classify(herders).category).toBe('rural-development');
  });

  it('reads emergency management, health care and schools as public services, a Naadam as culture and tourism, sand control as rural development', () => {
    const flood = ['暴雨引发山洪 多部门紧急救援', '某镇突降暴雨,12名群众被困。消防救援人员、应急管理局干部赶赴现场抢险,转移群众30人。',
      '旗防汛指挥部启动应急响应,组织防控力量巡查河道。'].join('\n');
    expect(classify(flood, flood.indexOf('\n')).category).toBe('public-services');
    // So is health care in townships and villages; a Naadam fair is culture and tourism.
    const clinic = '某苏木卫生院推行家庭医生签约\n村医入户为牧民送药,签约率达到90%。';
    expect(classify(clinic, clinic.indexOf('\n')).category).toBe('public-services');
    const naadam = '某嘎查举办那达慕\n那达慕上,牧民们进行赛马、摔跤比赛,传承非遗技艺。';
    expect(classify(naadam, naadam.indexOf('\n')).category).toBe('industry-tourism');
    // Sand control and grazing bans are ecological revitalisation, a pillar of 乡村振兴; schools are public services.
    const sand = '某旗推进防沙治沙\n今年全旗完成治沙造林12万亩,落实草畜平衡和禁牧。';
    expect(classify(sand, sand.indexOf('\n')).category).toBe('rural-development');
    const school = '某苏木寄宿制学校新学期开学\n学校有学生120名,幼儿园招收幼儿40名,全面落实控辍保学。';
    expect(classify(school, school.indexOf('\n')).category).toBe('public-services');
  });

  it('counts a word inside a longer term once (脱贫 in 脱贫攻坚)', () => {
    const lex = parseLexicon('category,term,weight,note\nrural-development,脱贫,3,\nrural-development,脱贫攻坚,3,\n');
    const text = '某村打赢脱贫攻坚战。';
    expect(classifyItem(text, item(text), lex).scores['rural-development']).toBe(3 * (1 + CLASSIFY_DEFAULTS.leadBoost));
  });

  it('weighs a theme running through the story over one paragraph\'s aside', () => {
    const lex = parseLexicon('category,term,weight,note\nrural-development,合作社,1,\nindustry-tourism,游客,2.5,\nindustry-tourism,景区,2,\n');
    const pad = (s: string) => s.padEnd(45, '乙') + '。';
    const text = [pad('牧民成立合作社'), pad('合作社分红'), pad('夏天来了游客,景区热闹'), pad('合作社扩大养殖'), pad('合作社建起基地')].join('\n');
    const r = classifyItem(text, item(text), lex);
    expect(r.category).toBe('rural-development');
    // Without the spread over paragraphs the aside would win: 4.5 raw points against 4.
    expect(r.scores['industry-tourism']).toBeLessThan(4.5);
  });

  it('counts the lead more than the rest of the body', () => {
    const lex = parseLexicon('category,term,weight,note\nelderly-care,助餐,2,\nemployment,零工,2,\n');
    const filler = '某地'.padEnd(40, '甲');
    const run = (text: string) => classifyItem(text, item(text), lex).category;
    expect(run(`${filler}助餐。\n${filler}零工。`)).toBe('elderly-care');
    expect(run(`${filler}零工。\n${filler}助餐。`)).toBe('employment');
  });

  it('names a secondary category only on evidence from two different terms', () => {
    const one = classify('村集体经济发展壮大,合作社带动增收致富。\n村里开展了一次宣讲。');
    expect(one.secondaryCategories).toEqual([]);
    const two = classify('村集体经济发展壮大,合作社带动增收致富。\n村里开展宣讲,还上了一堂党课。');
    expect(two.secondaryCategories).toEqual(['party-education']);
  });

  it('reads a title taken from the lead\'s first clause as body text, not as a headline', () => {
    const lex = parseLexicon('category,term,weight,note\nelderly-care,养老,2,\nemployment,就业,2.5,\n');
    const text = '某镇养老院开业,就业岗位也增加了。';
    const lead: ItemSpan = { ...item(text), title: { start: 0, end: 7 }, titleFromLead: true };
    expect(classifyItem(text, lead, lex).category).toBe('employment');
    expect(classifyItem(text, { ...lead, titleFromLead: false }, lex).category).toBe('elderly-care');
  });

  it('breaks ties by contract order and falls back when nothing matches', () => {
    const lex = parseLexicon('category,term,weight,note\npublic-services,甲,1,\nelderly-care,乙,1,\n');
    expect(classifyItem('甲乙', item('甲乙'), lex).category).toBe('elderly-care');
    expect(classify('今天天气晴朗。')).toEqual({ category: CLASSIFY_DEFAULTS.fallback, secondaryCategories: [], scores: {} });
  });
});
