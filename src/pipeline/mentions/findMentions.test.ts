import { describe, expect, it } from 'vitest';
import { buildMatcher, formOfSpan, longestAt } from './buildMatcher.ts';
import { findFormMentions, findMentions } from './findMentions.ts';

const matcher = buildMatcher([
  { form: '包头', source: 'gazetteer' }, { form: '包头市', source: 'gazetteer' }, { form: '青山区', source: 'gazetteer' },
  { form: '北京', source: 'outside' }, { form: '全旗', source: 'generic' }, { form: '乌兰牧骑', source: 'not-place' },
  { form: '科右前旗', source: 'gazetteer' }, { form: '团结社区', source: 'gazetteer' },
]);
const common = new Set(['农村', '乡村', '示范村', '家乡']);
const surfaces = (t: string) => findMentions(t, matcher, common).map((m) => `${m.surface}:${m.source}`);

describe('findFormMentions', () => {
  it('prefers the longest form and does not overlap', () => {
    expect(findFormMentions('包头市青山区', matcher).map((m) => m.surface)).toEqual(['包头市', '青山区']);
    expect(longestAt(matcher, '包头人', 0)?.[0]).toBe(2);
  });
  it('steps over a stray space inside a name but keeps it in the span', () => {
    const [m] = findFormMentions('在包头 市工作', matcher);
    expect(m).toMatchObject({ start: 1, end: 5, surface: '包头市' });
    expect(findFormMentions('包头 人', matcher).map((x) => x.surface)).toEqual(['包头']);
  });

  it('steps over 行政 or 自然 before 村 or 嘎查, which says the kind of village and is no part of its name', () => {
    const m = buildMatcher([{ form: '郑家滩村', source: 'gazetteer' }, { form: '富强嘎查', source: 'gazetteer' }]);
    expect(findFormMentions('在郑家滩行政村和富强自然嘎查', m)).toMatchObject([
      { start: 1, end: 7, surface: '郑家滩村' }, { start: 8, end: 14, surface: '富强嘎查' },
    ]);
    expect(findFormMentions('郑家滩行政中心', m)).toEqual([]);
    // With no name before it, the kind word is the span's own text (the pattern pass reads 行政嘎查 alike).
    expect(formOfSpan('行政嘎查', 0, 4)).toBe('行政嘎查');
    expect(formOfSpan('郑家滩行政村', 0, 6)).toBe('郑家滩村');
    // A pattern name reads its span the same way, wherever in it a kind word stands (random runs found these).
    for (const t of ['向行政嘎查镇', '行政行政村民社区', '梁盖自然村']) {
      for (const m of findMentions(t, matcher, common)) expect(m.surface).toBe(formOfSpan(t, m.start, m.end));
    }
  });
  it('tags each match with its source', () => {
    expect(surfaces('全旗乌兰牧骑到北京演出')).toEqual(['全旗:generic', '乌兰牧骑:not-place', '北京:outside']);
  });
  it('finds nothing in a long text of near-misses', () => {
    expect(findFormMentions('包'.repeat(200_000), matcher)).toEqual([]);
  });
});

describe('pattern mentions', () => {
  it('finds a unit the gazetteer lacks as a chain link after a known unit', () => {
    const found = findMentions('包头市青山区富强嘎查的牧民', matcher, common);
    const p = found.find((m) => m.source === 'pattern');
    expect(p).toMatchObject({ surface: '富强嘎查', suffix: '嘎查', chained: true });
  });
  it('takes a village form after a chain link and one name prefix as the longer name (青山区|大|团结社区)', () => {
    expect(surfaces('包头市青山区大团结社区的居民')).toEqual(['包头市:gazetteer', '青山区:gazetteer', '大团结社区:pattern']);
    expect(surfaces('包头市青山区和团结社区')).toEqual(['包头市:gazetteer', '青山区:gazetteer', '团结社区:gazetteer']);
    // A Mongolian name word does the same in a gacha's name (golden: 阿拉腾|团结社区), and no other word does.
    expect(surfaces('包头市青山区阿拉腾团结社区的居民')).toEqual(['包头市:gazetteer', '青山区:gazetteer', '阿拉腾团结社区:pattern']);
    expect(surfaces('包头市青山区走访团结社区')).toEqual(['包头市:gazetteer', '青山区:gazetteer', '团结社区:gazetteer']);
  });
  it('takes an item of a 、 list as one name, though it ends with a known village form (、新|团结社区)', () => {
    expect(surfaces('青山区将光明社区、新团结社区、团结社区联合')).toEqual(['青山区:gazetteer', '光明社区:pattern', '新团结社区:pattern', '团结社区:gazetteer']);
    // Not past a unit word (the run is a chain, not one name), and not for the list's first item.
    expect(surfaces('光明社区、富强镇团结社区')).toEqual(['光明社区:pattern', '富强镇:pattern', '团结社区:gazetteer']);
    expect(surfaces('走访团结社区、光明社区')).toEqual(['团结社区:gazetteer', '光明社区:pattern']);
  });
  it('takes a post for no unit: a deputy (副镇长) and the head of a sumu or gacha (苏木达, 嘎查达)', () => {
    expect(surfaces('苏木党委副书记、政府苏木达白苏敦,政府副苏木达包杨')).toEqual([]);
    expect(surfaces('富强嘎查嘎查达张三')).toEqual(['富强嘎查:pattern']);
    expect(surfaces('杜尔基镇副镇长')).toEqual(['杜尔基镇:pattern']);
    expect(surfaces('巴彦苏木达到了标准')).toEqual(['巴彦苏木:pattern']);
  });
  it('names a village without the 行政 or 自然 before its suffix, its span still covering them', () => {
    const p = findMentions('包头市青山区梁盖自然村的牧民', matcher, common).find((m) => m.source === 'pattern');
    expect(p).toMatchObject({ start: 6, end: 11, surface: '梁盖村', suffix: '村', chained: true });
  });
  it('takes no villagers\' group for a village (青山区富强嘎查三组村民)', () => {
    expect(surfaces('包头市青山区团结社区三组村民')).toEqual(['包头市:gazetteer', '青山区:gazetteer', '团结社区:gazetteer']);
  });
  it('takes no clause for a name (科右前旗探索联村…) and no "small town" brand or "home of" honour for a township', () => {
    expect(surfaces('科右前旗探索联村发展')).toEqual(['科右前旗:gazetteer']);
    expect(surfaces('科右前旗黄牛特色小镇')).toEqual(['科右前旗:gazetteer']);
    expect(surfaces('一展科右前旗马王之乡的风采')).toEqual(['科右前旗:gazetteer']);
    // A kind described, not named: big or small after a phrase, a type, a model, a settled one.
    for (const t of ['科右前旗是农牧业大镇', '科右前旗打造学习型社区', '科右前旗建设民族互嵌式社区', '科右前旗创建进步示范社区', '科右前旗民族聚居社区']) {
      expect(surfaces(t), t).toEqual(['科右前旗:gazetteer']);
    }
    expect(surfaces('科右前旗王大村')).toEqual(['科右前旗:gazetteer', '王大村:pattern']);
    // The rest of a rank (自治区|级生态村), a slogan of solar power (光伏强村), a village's worthies (乡贤).
    for (const t of ['科右前旗获评自治区级生态村', '科右前旗实施光伏强村计划']) expect(surfaces(t), t).toEqual(['科右前旗:gazetteer']);
    expect(surfaces('每年加入文明新风聚乡贤等内容')).toEqual([]);
    expect(surfaces('科右前旗建设路社区')).toEqual(['科右前旗:gazetteer', '建设路社区:pattern']);
  });
  it('starts a name past a direction and a word of bordering (北靠|新其日嘎嘎查, 南伴|额尔和图苏木)', () => {
    expect(surfaces('嘎查西接乌兰图克嘎查,北靠新其日嘎嘎查,南伴额尔和图苏木。')).toEqual(['乌兰图克嘎查:pattern', '新其日嘎嘎查:pattern', '额尔和图苏木:pattern']);
  });
  it('takes no slogan for a unit (产业强镇, 生态立镇, 富民安镇, 党建强村)', () => {
    expect(surfaces('坚持产业强镇、生态立镇、富民安镇,推进党建强村')).toEqual([]);
    expect(surfaces('永安镇、新兴村')).toEqual(['永安镇:pattern', '新兴村:pattern']);
  });
  it('stops at function characters and punctuation', () => {
    expect(surfaces('我们走进了幸福村,看到')).toContain('幸福村:pattern');
    expect(surfaces('他们来到村里')).toEqual([]);
  });
  it('rejects ordinary words, unit words and adjectives', () => {
    expect(surfaces('建设美丽乡村和示范村')).toEqual([]);
    expect(surfaces('苏木镇两级干部')).toEqual([]);
    expect(surfaces('开展村级活动')).toEqual([]);
    expect(surfaces('返回家乡')).toEqual([]);
  });
  it('absorbs a bare name before a unit suffix into a local name (包头|街道), but not before an area (包头开发区)', () => {
    expect(surfaces('青山区包头街道的居民')).toEqual(['青山区:gazetteer', '包头街道:pattern']);
    expect(surfaces('青山区包头开发区的企业')).toEqual(['青山区:gazetteer', '包头:gazetteer']);
  });
  it('absorbs a place outside written inside a longer local name (…北京社区)', () => {
    expect(surfaces('科右前旗兴安北京社区居民')).toEqual(['科右前旗:gazetteer', '兴安北京社区:pattern']);
  });
  it('keeps every mention the text at its span, in order and apart, on adversarial repetitions', () => {
    for (const unit of ['兴安北京社区', '村', '乡村镇', '包头市村', '的社区']) {
      const text = unit.repeat(Math.ceil(300_000 / unit.length));
      let end = 0;
      for (const m of findMentions(text, matcher, common)) {
        expect(m.surface, unit).toBe(text.slice(m.start, m.end));
        expect(m.start, unit).toBeGreaterThanOrEqual(end);
        end = m.end;
      }
    }
  });
  it('does not look inside known forms', () => {
    expect(surfaces('突泉县团结社区')).toEqual(['团结社区:gazetteer']);
  });
});
