import { describe, expect, it } from 'vitest';
import { describedNotNamed, insideQuotedBrand, ledByVerb, organisationAfter, roadAfter } from './notPlaceRules.ts';
import { parseNotPlaces } from './loadNotPlaces.ts';

describe('not-a-place rules', () => {
  it('sees a place name that begins an organisation name', () => {
    expect(organisationAfter('包头日报社记者', 2)).toBe('日报');
    expect(organisationAfter('赤峰学院的学生', 2)).toBe('学院');
    expect(organisationAfter('包头市青山区', 3)).toBeNull();
  });
  it('sees a name run that opens with a clause\'s verb, but not a name that only starts like one', () => {
    for (const stem of ['探索联', '新建肉牛养殖', '推进美丽乡', '打造示范', '慰问富强', '走访团结']) expect(ledByVerb(stem)).toBe(true);
    for (const stem of ['组织', '充分利用', '积极响应']) expect(ledByVerb(stem)).toBe(true);
    for (const stem of ['硬化改造', '上报', '美化', '帮助', '重点工业', '努力开创城乡', '真正把']) expect(ledByVerb(stem)).toBe(true);
    // Verbs of support and words of belonging (维护嘎查牧民利益, 科尔沁区下辖街道9个).
    for (const stem of ['维护', '做大', '依靠', '下辖', '下属', '紧紧围绕']) expect(ledByVerb(stem)).toBe(true);
    // A run closing with such a verb has the unit word as its object (实地查看|嘎查, 负责联系|村); new verbs and adverbs too.
    for (const stem of ['实地查看', '成员负责联系', '借助', '根据', '清理', '优化', '不仅', '同时同意', '集中培训', '胜任', '基层']) expect(ledByVerb(stem)).toBe(true);
    for (const stem of ['建设路', '新建东', '新建一', '建设', '发展', '团结', '红旗新', '新发展', '光明建设', '巴彦查干']) expect(ledByVerb(stem)).toBe(false);
  });
  it('sees a bare name that begins a road name, but not a unit, a sub-district or a crossing', () => {
    const at = (t: string, name: string) => roadAfter(t, t.indexOf(name), t.indexOf(name) + name.length);
    expect(at('家住鄂尔多斯大街的居民', '鄂尔多斯')).toBe(true);
    expect(at('呼伦贝尔北路街道', '呼伦贝尔')).toBe(true);
    expect(at('在乌兰察布东街', '乌兰察布')).toBe(true);
    expect(at('包头市路面', '包头市')).toBe(false);
    expect(at('到达团结村路口', '团结村')).toBe(false);
    expect(at('锡林街道', '锡林')).toBe(false);
  });
  it('sees a bare name inside a short quoted brand or slogan', () => {
    const t = '擦亮“颐养乌海”养老品牌';
    expect(insideQuotedBrand(t, t.indexOf('乌海'), t.indexOf('乌海') + 2)).toBe(true);
  });
  it('does not take a quoted place alone, a suffixed name or speech for a brand', () => {
    const a = '来到“乌海”';
    expect(insideQuotedBrand(a, 3, 5)).toBe(false);
    const b = '“凉城县的变化真大”';
    expect(insideQuotedBrand(b, 1, 4)).toBe(false);
    const c = '他说:“乌海这几年变化很大,大家都看到了。”';
    expect(insideQuotedBrand(c, 4, 6)).toBe(false);
  });
  it('reads the reviewed stop list, dropping empty rows', () => {
    expect(parseNotPlaces('text,kind,note\n乌兰牧骑,organisation,x\n,word,\n农村,,\n')).toEqual([
      { text: '乌兰牧骑', kind: 'organisation' }, { text: '农村', kind: 'word' },
    ]);
  });
});

describe('describedNotNamed', () => {
  const at = (t: string, name: string) => describedNotNamed(t, t.indexOf(name), t.indexOf(name) + name.length);
  it('reads an ordinary-word community or village after or before a verb of making as a description', () => {
    expect(at('全力构建和谐社区', '和谐社区')).toBe(true);
    expect(at('深化团结村创建工作', '团结村')).toBe(true);
  });
  it('reads an honour as a title, not a place (被评为先进村, 被命名为示范社区, 争当红旗村, 文明社区称号)', () => {
    expect(at('该村被评为先进村', '先进村')).toBe(true);
    expect(at('被命名为示范社区', '示范社区')).toBe(true);
    expect(at('争当红旗村', '红旗村')).toBe(true);
    expect(at('荣获文明社区称号', '文明社区')).toBe(true);
    expect(at('红旗村的村民', '红旗村')).toBe(false);
  });
  it('keeps the name where nothing makes it, or where the stem is not an ordinary word', () => {
    expect(at('走进和谐社区看望老人', '和谐社区')).toBe(false);
    expect(at('建设巴彦嘎查', '巴彦嘎查')).toBe(false);
  });
});

