import { describe, expect, it } from 'vitest';
import { placeId, validateInitiatives } from '../../contract/index.ts';
import { buildInitiatives } from './buildInitiatives.ts';
import { splitItems } from '../items/splitItems.ts';
import type { Doc, ResolvedMention } from '../types.ts';

/** A Doc whose clean text drops \r and zero-width spaces, so clean and original offsets differ. */
function docOf(text: string, file = '007_test.txt'): Doc {
  let clean = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' || text[i] === '\u200b') continue;
    clean += text[i];
    map.push(i);
  }
  map.push(text.length);
  return { file, encoding: 'utf-8', text, clean, map };
}

const PAGE = [
  '◎初心如磐', '', '深耕“书记项目” 锻造\u200b硬核能力', '', '□本报记者 宋爽 通讯员 李四', '',
  '走进乌兰浩特市五一街代伙社区长者幸福餐厅,老年人吃上了热乎饭。社区党支部书记韩晶焱介绍,餐厅已服务1.1万余人次。',
  '', '目前,代伙社区已为30名就业困难群众提供就业岗位,兴安盟各社区正在推广。', '',
].join('\r\n');

function mention(doc: Doc, surface: string, level: ResolvedMention['level'], code: string, nth = 0): ResolvedMention {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = doc.clean.indexOf(surface, at + 1);
  return { start: at, end: at + surface.length, surface, source: 'gazetteer', item: 0, code, parentCode: null, name: surface, level, confidence: 1, rule: 'exact', status: 'place' };
}

describe('buildInitiatives', () => {
  const doc = docOf(PAGE);
  const items = splitItems(doc.clean);
  const mentions = [
    mention(doc, '乌兰浩特市', 'county', '152201000000'),
    mention(doc, '代伙社区', 'village', '152201001001'),
    mention(doc, '代伙社区', 'village', '152201001001', 1),
    mention(doc, '兴安盟', 'prefecture', '152200000000'),
    { ...mention(doc, '五一街', 'township', '152201001000'), status: 'unresolved' as const },
  ];
  const [it0] = buildInitiatives(doc, items, mentions, (m) => (m.code ? placeId(m.code) : null));

  it('maps offsets to the original text and takes verbatim text from it', () => {
    expect(it0.id).toBe(`007_test#${PAGE.indexOf('深耕')}`);
    expect(it0.start).toBe(PAGE.indexOf('深耕'));
    expect(it0.end).toBe(PAGE.indexOf('正在推广。') + '正在推广。'.length);
    expect(it0.title).toBe('深耕“书记项目” 锻造\u200b硬核能力');
    expect(it0.byline).toBe('本报记者 宋爽 通讯员 李四');
    expect(it0.summary).toBe('走进乌兰浩特市五一街代伙社区长者幸福餐厅,老年人吃上了热乎饭。社区党支部书记韩晶焱介绍,餐厅已服务1.1万余人次。');
  });

  it('keeps every figure traceable to its original span', () => {
    expect(it0.figures.map((f) => [f.text, f.value, f.unit, f.approx])).toEqual([['1.1万余人次', 11000, '人次', true], ['30名', 30, '名', false]]);
    for (const f of it0.figures) expect(PAGE.slice(f.start, f.end)).toBe(f.text);
    expect(it0.figures[1].label).toBe('就业困难群众');
  });

  it('lists places with the most specific prominent one first, and only resolved places', () => {
    expect(it0.places).toEqual(['c152201001001', 'c152201000000', 'c152200000000']);
  });

  it('classifies, finds people and satisfies the contract validator', () => {
    expect(it0.category).toBe('party-building'); // 书记项目 in the headline outweighs the elderly canteen in the lead
    expect(it0.people).toEqual([{ name: '韩晶焱', role: '社区党支部书记' }]);
    expect(validateInitiatives([it0], new Set(it0.places))).toEqual([]);
  });
});

describe('buildInitiatives on a web page copy', () => {
  it('shows no HTML markup or web furniture in titles and summaries', async () => {
    const { normaliseText } = await import('../text/normaliseText.ts');
    const { repairLayout } = await import('../text/repairLayout.ts');
    const text = '<h1>某村<b>庭院经济</b>&nbsp;结出致富果</h1>\n<p>首页 &gt; 新闻 &gt; 正文</p>\n<p>来源:某某日报 2024-05-01 08:00</p>\n'
      + '<p>近日,某村<strong>发展庭院经济</strong>,户均增收3000元。</p>';
    const clean = repairLayout(normaliseText(text));
    const doc: Doc = { file: '008_web.txt', encoding: 'utf-8', text, clean: clean.text, map: clean.map };
    const [it] = buildInitiatives(doc, splitItems(doc.clean), [], () => null);
    expect(it.title).toBe('某村庭院经济 结出致富果');
    expect(it.summary).toBe('近日,某村发展庭院经济,户均增收3000元。');
  });
});

describe('buildInitiatives: numbers inside names', () => {
  it('counts no number that is part of a place name (五支渠村, 三间房村), and keeps the figures around it', () => {
    const doc = docOf('五支渠村开展活动\n\n五支渠村和三间房村的50名代表参加,共分红12万元。');
    const items = splitItems(doc.clean);
    const names = [mention(doc, '五支渠村', 'village', '150825101201'), mention(doc, '五支渠村', 'village', '150825101201', 1),
      { ...mention(doc, '三间房村', 'village', ''), code: null, source: 'pattern' as const }].map((m) => ({ ...m, item: 0 }));
    const figures = buildInitiatives(doc, items, names, (m) => (m.code ? placeId(m.code) : null)).flatMap((it) => it.figures);
    expect(figures.map((f) => f.text)).toEqual(['50名', '12万元']);
    // Without the names, the same text reads 五支 and 三间 as figures.
    expect(buildInitiatives(doc, items, [], () => null).flatMap((it) => it.figures).map((f) => f.text)).toEqual(['五支', '五支', '三间', '50名', '12万元']);
  });
  it('keeps a figure that a name run only begins inside (83万|平方米老旧小区): the run is wrong, not the figure', () => {
    const doc = docOf('老旧小区改造\n\n全区改造83万平方米老旧小区,惠及居民2万户。');
    const at = doc.clean.indexOf('平方米老旧小区');
    const junk: ResolvedMention = { start: at, end: at + 7, surface: '平方米老旧小区', source: 'pattern', item: 0, code: null, parentCode: null,
      name: '平方米老旧小区', level: 'poi', confidence: 0, rule: 'unresolved', status: 'unresolved' };
    const figures = buildInitiatives(doc, splitItems(doc.clean), [junk], () => null).flatMap((it) => it.figures);
    expect(figures.map((f) => f.text)).toEqual(['83万平方米', '2万户']);
  });
});
