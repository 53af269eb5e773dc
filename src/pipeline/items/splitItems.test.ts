import { describe, expect, it } from 'vitest';
import { itemIndexAt, splitItems } from './splitItems.ts';
import type { ItemSpan } from '../types.ts';

const view = (page: string, items: ItemSpan[]) => items.map((it) => ({
  kind: it.kind,
  title: it.title ? page.slice(it.title.start, it.title.end).replace(/\s+/g, ' ') : null,
  byline: it.byline ? page.slice(it.byline.start, it.byline.end) : null,
  body: page.slice(it.bodyStart, it.bodyStart + 4),
}));
const split = (page: string) => view(page, splitItems(page));

const P1 = '甲旗开展活动,群众参与踊跃。';
const P2 = '乙镇建成服务站3个,居民办事更方便。';

describe('splitItems', () => {
  it('finds headline articles after a ◎ section label, and photo items ending with a credit', () => {
    const page = `◎初心如磐\n\n党建引领 服务提质\n\n□本报记者 张三 通讯员 李四\n\n${P1}\n\n${P2}\n\n秋收时节\n\n近日,某村村民正在收割玉米。王五 摄\n`;
    expect(split(page)).toEqual([
      { kind: 'article', title: '党建引领 服务提质', byline: '本报记者 张三 通讯员 李四', body: '甲旗开展' },
      { kind: 'photo', title: '秋收时节', byline: '王五', body: '近日,某' },
    ]);
  });

  it('splits a news box into briefs with their bracketed authors, and keeps study lists as other', () => {
    const page = `◎信息集装箱\n\n◆${P1}(本报记者 赵六)\n\n◆${P2}(钱七 孙八)\n\n◎每周一学\n\n- ★新发展理念:\n- 1.坚持创新\n\n学习内容很多。\n\n“五老”献余热\n\n□本报记者 周九\n\n${P1}`;
    expect(split(page)).toEqual([
      { kind: 'brief', title: '甲旗开展活动', byline: '本报记者 赵六', body: '甲旗开展' },
      { kind: 'brief', title: '乙镇建成服务站3个', byline: '钱七 孙八', body: '乙镇建成' },
      { kind: 'other', title: '每周一学', byline: null, body: '- ★新' },
      { kind: 'article', title: '“五老”献余热', byline: '本报记者 周九', body: '甲旗开展' },
    ]);
  });

  it('keeps an essay signed with ◎ as other', () => {
    const page = `把实事办到心坎上\n\n◎ 安寅东\n\n${P1}\n\n${P2}`;
    expect(split(page)).toEqual([{ kind: 'other', title: '把实事办到心坎上', byline: '安寅东', body: '甲旗开展' }]);
  });

  it('finds a headline set after the byline or far into the body (column break)', () => {
    const page = `◎微光成炬\n\n□本报记者 郝十\n\n${P1}带着组织\n\n用初心换舒心\n\n的嘱托来到村里。\n\n${P2}\n\n北疆党旗红\n\n□本报记者 潘一\n\n拧紧三个链条\n\n${P2}`;
    expect(split(page)).toEqual([
      { kind: 'article', title: '用初心换舒心', byline: '本报记者 郝十', body: '甲旗开展' },
      { kind: 'article', title: '拧紧三个链条', byline: '本报记者 潘一', body: '乙镇建成' },
    ]);
  });

  it('reads Markdown headings, double headlines, and subheads that stay in their article', () => {
    const page = `知行合一\n\n## 细节惠民生\n\n□本报记者 白二\n\n${P1}\n\n## 阵地常用,活动常新\n\n${P2}\n\n阵地常用 倾听常在\n党群服务走进心中\n\n□本报记者 宋三\n\n${P1}`;
    expect(split(page)).toEqual([
      { kind: 'article', title: '细节惠民生', byline: '本报记者 白二', body: '甲旗开展' },
      { kind: 'article', title: '阵地常用 倾听常在 党群服务走进心中', byline: '本报记者 宋三', body: '甲旗开展' },
    ]);
  });

  it('gives a headline and byline standing alone to the titleless photo caption further down', () => {
    const page = `## 项目管家助企\n\n□本报记者 王四\n\n## 代表委员零距离\n\n□本报记者 王四\n\n${P1}\n\n某区推行项目管家制度。本报记者 王四 摄\n\n## 有事来找代表\n\n${P2}`;
    const items = splitItems(page);
    expect(view(page, items)).toEqual([
      { kind: 'article', title: '代表委员零距离', byline: '本报记者 王四', body: '甲旗开展' },
      { kind: 'photo', title: '项目管家助企', byline: '本报记者 王四', body: '某区推行' },
      { kind: 'article', title: '有事来找代表', byline: null, body: '乙镇建成' },
    ]);
    for (let k = 1; k < items.length; k++) expect(items[k].start).toBeGreaterThanOrEqual(items[k - 1].end);
  });

  it('starts a story under a bare section label and titles it with the headline left after it', () => {
    const page = `## 甲文\n\n□本报记者 甲\n\n${P1}\n\n学思践悟\n\n${P2}\n\n打造温暖幸福之家\n\n巧解三道难题\n\n□本报记者 乙\n\n${P1}`;
    expect(split(page)).toEqual([
      { kind: 'article', title: '甲文', byline: '本报记者 甲', body: '甲旗开展' },
      { kind: 'article', title: '打造温暖幸福之家', byline: null, body: '乙镇建成' },
      { kind: 'article', title: '巧解三道难题', byline: '本报记者 乙', body: '甲旗开展' },
    ]);
  });

  it('makes a page without structure one article titled by its first clause, and drops furniture at its end', () => {
    const page = `核心阅读\n${P1}\n党建引领强产业\n${P2}\n版权声明:本文内容由互联网用户自发贡献。`;
    const items = splitItems(page);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'article', bodyStart: page.indexOf(P1), start: 0, end: page.indexOf(P2) + P2.length });
    expect(view(page, items)[0].title).toBe('甲旗开展活动');
    const titled = splitItems(`某地开展活动\n\n${P1}`);
    expect(view(`某地开展活动\n\n${P1}`, titled)[0].title).toBe('某地开展活动');
  });

  it('returns nothing for empty pages and never overlaps on noise', () => {
    expect(splitItems('')).toEqual([]);
    expect(splitItems(' \n\n \n')).toEqual([]);
    const noise = '□\n◎\n◆\n##\n摄\n'.repeat(2000) + '□本报记者\n'.repeat(100);
    const items = splitItems(noise);
    for (let k = 1; k < items.length; k++) expect(items[k].start).toBeGreaterThanOrEqual(items[k - 1].end);
    for (const it of items) expect(it.end).toBeGreaterThanOrEqual(it.start);
  });
});

describe('splitItems on pages copied from the web', () => {
  it('skips source/date lines and editor credits, and keeps a subtitle with its headline', () => {
    const page = `小积分兑出文明新风\n——记某村积分超市\n2023-08-21 09:12 来源:正北方网\n记者 张三\n${P1}\n${P2}\n责任编辑:李四`;
    expect(split(page)).toEqual([{ kind: 'article', title: '小积分兑出文明新风 ——记某村积分超市', byline: '记者 张三', body: '甲旗开展' }]);
  });
});

describe('splitItems on web copies without a byline', () => {
  const LONG = '从“难办”到“好办”:某区以一张清单和一支队伍,打通老旧小区改造的最后一公里';
  it('takes the first line standing alone as the headline whatever its length, over blanked source lines', () => {
    for (const page of [`${LONG}\n\n${P1}${P2}\n\n${P2}`, `${LONG}\n\n\n\n${P1}\n\n${P2}`]) {
      expect(split(page)[0]).toEqual({ kind: 'article', title: LONG, byline: null, body: '甲旗开展' });
    }
  });
  it('does not take a first paragraph that ends its sentence, nor one running on in the next line', () => {
    expect(split(`${P1}${P2}\n\n${P2}`)[0].title).toBe('甲旗开展活动');
    expect(split(`${LONG}\n${P1}`)[0].title).not.toBe(LONG);
  });
  it('keeps a reporter line, an editor\'s note and a picture inside the one story of a web copy', () => {
    const page = `牧场上的新变化:轮牧让草场休养生息\n\n编者按:\n\n${P1}\n\n作者 王五\n\n${P2}\n\n图为牧民在草场上放牧。\n本台记者 赵六摄\n\n${P1}`;
    const items = splitItems(page);
    expect(items).toHaveLength(1);
    expect(view(page, items)[0]).toMatchObject({ title: '牧场上的新变化:轮牧让草场休养生息', byline: '作者 王五' });
    expect(items[0].end).toBe(page.length);
  });
  it('reads an outlet\'s reporter line as a byline but not a headline that starts with 记者', () => {
    expect(split(`某村的新变化\n\n某某日报记者 王五 赵六\n\n${P1}`)[0]).toMatchObject({ title: '某村的新变化', byline: '某某日报记者 王五 赵六' });
    const joint = '某某日报社融媒体记者 王五 某某融媒体中心 赵六';
    expect(split(`${joint}\n${P1}${P2}`)[0]).toMatchObject({ title: '甲旗开展活动', byline: joint });
    expect(split(`记者节里的坚守者们\n\n${P1}`)[0]).toMatchObject({ title: '记者节里的坚守者们', byline: null });
  });
  it('titles the main headline of an e-paper copy over its subtitle and 本报讯 lead', () => {
    const page = `小积分兑出大文明\n\n某镇积分超市与商超签约\n\n本报讯(记者 孙七)${P1}`;
    expect(split(page)).toEqual([{ kind: 'article', title: '小积分兑出大文明', byline: null, body: '本报讯(' }]);
  });
  it('titles a wire copy whose only headline is its dispatch line, over a credit that names several reporters', () => {
    const page = `新华社某地6月1日电 题:草原上的合作社 牧民增收有门路\n新华社记者孙八、李九\n近日,${P1}`;
    expect(split(page)[0]).toMatchObject({ title: '草原上的合作社 牧民增收有门路', byline: '新华社记者孙八、李九' });
    expect(split(`草原上的合作社\n\n某某日报融媒体中心记者 孙八\n\n近日,${P1}`)[0]).toMatchObject({ title: '草原上的合作社', byline: '某某日报融媒体中心记者 孙八' });
    expect(split(`草原上的合作社\n\n●本报记者 孙八\n\n近日,${P1}`)[0]).toMatchObject({ kind: 'article', title: '草原上的合作社', byline: '本报记者 孙八' });
    expect(split(`■我的社区\n\n草原上的合作社\n\n□本报记者 孙八\n\n近日,${P1}`)).toMatchObject([{ kind: 'article', title: '草原上的合作社', byline: '本报记者 孙八' }]);
    const two = '某某日报记者 孙八 王九 某某日报通讯员 李十';
    expect(split(`草原上的合作社\n\n${two}\n\n近日,${P1}`)[0]).toMatchObject({ title: '草原上的合作社', byline: two });
  });
  it('titles a web copy\'s first story by the page headline over its picture or column label', () => {
    const photo = `草原上的合作社\n\n图为村民在合作社劳动。 王五 摄\n\n某某网记者 孙八\n\n${P1}\n\n${P2}`;
    expect(split(photo)).toEqual([
      { kind: 'photo', title: null, byline: '王五', body: '图为村民' },
      { kind: 'article', title: '草原上的合作社', byline: '某某网记者 孙八', body: '甲旗开展' },
    ]);
    const label = `草原上的合作社\n\nA+ A-\n\n■我在现场\n\n本报记者 孙八\n\n${P1}\n\n${P2}\n\n相关推荐\n\n抖音\n\n视频号`;
    expect(split(label)).toMatchObject([{ kind: 'article', title: '草原上的合作社', byline: '本报记者 孙八', body: '甲旗开展' }]);
  });

  it('reads a writer\'s line with an outlet\'s credit after 文| as the byline', () => {
    expect(split(`文| 某某全媒体记者 孙八\n\n草原上的合作社\n\n${P1}`)[0]).toMatchObject({ title: '草原上的合作社', byline: '文| 某某全媒体记者 孙八' });
  });

  it('titles a brief by its lead past the dispatch that opens it', () => {
    expect(split(`新华社某地6月1日电(记者孙八、李九)秋收时节,${P1}`)[0].title).toBe('秋收时节,甲旗开展活动');
    expect(split(`某某网9月7日某地消息 秋收时节,${P1}`)[0].title).toBe('秋收时节,甲旗开展活动');
    // The credit broken off by a line end, as web copies print it: the dispatch line is no headline.
    expect(split(`新华社某地6月1日电(记者孙八\n李九)秋收时节,${P1}`)[0].title).toBe('秋收时节,甲旗开展活动');
    expect(split(`????秋收时节,${P1}`)[0].title).toBe('秋收时节,甲旗开展活动');
  });
  it('titles a wire copy by the headline its dispatch repeats after 题:', () => {
    const page = `新华社某地6月1日电 题:草原上的合作社新华社记者孙八近日,${P1}${P2}`;
    expect(split(page)[0].title).toBe('草原上的合作社');
  });
  it('titles an item without a headline by its first clause, past a leading time adverbial', () => {
    expect(split(`入冬以来,某镇为独居老人送去棉衣,${P1}`)[0].title).toBe('入冬以来,某镇为独居老人送去棉衣');
    expect(split(`5月,草原返青,${P1}`)[0].title).toBe('5月,草原返青');
    expect(split(`某村在“村民说事、村务会商”中化解矛盾,${P1}`)[0].title).toBe('某村在“村民说事、村务会商”中化解矛盾');
    expect(split(`某村是全镇移民搬迁后,${P1}`)[0].title).toBe('某村是全镇移民搬迁后');
    expect(split(`据介绍,某镇为独居老人送去棉衣,${P1}`)[0].title).toBe('据介绍,某镇为独居老人送去棉衣');
    expect(split(`据某旗农牧局统计,某镇为独居老人送去棉衣,${P1}`)[0].title).toBe('据某旗农牧局统计,某镇为独居老人送去棉衣');
    expect(split(`记者从某旗应急管理局获悉,某镇转移群众30人,${P1}`)[0].title).toBe('记者从某旗应急管理局获悉,某镇转移群众30人');
    expect(split(`记者从某旗应急管理局获悉,5月1日17时,某镇转移群众30人,${P1}`)[0].title).toBe('记者从某旗应急管理局获悉,5月1日17时,某镇转移群众30人');
    expect(split(`受近日降雪影响,某镇牧民受灾,${P1}`)[0].title).toBe('受近日降雪影响,某镇牧民受灾');
    expect(split(`截至26日最新统计,某镇牧民受灾,${P1}`)[0].title).toBe('截至26日最新统计,某镇牧民受灾');
    expect(split(`在创先争优活动中,某镇推行网格化管理,${P1}`)[0].title).toBe('在创先争优活动中,某镇推行网格化管理');
    expect(split(`近年来,,某镇推行网格化管理,${P1}`)[0].title).toBe('近年来,,某镇推行网格化管理');
    expect(split(`某某旗 据了解,某镇推行网格化管理,${P1}`)[0].title).toBe('某某旗 据了解,某镇推行网格化管理');
    // A paper's section name over the lead is a label, not the title (乡村振兴, 基层党建, 要闻).
    expect(split(`乡村振兴\n\n近日,${P1}`)[0].title).toBe('近日,甲旗开展活动');
  });
});

describe('splitItems on dispatches', () => {
  it('starts an article at a headline over a 本报讯 lead, without a byline line', () => {
    const page = `甲旗新闻\n\n本报讯(记者 张三)${P1}\n\n乙镇新闻\n\n本报讯 ${P2}\n\n航拍新貌\n\n近日,乙镇新建的服务站投入使用。(李四/摄影)`;
    expect(split(page)).toEqual([
      { kind: 'article', title: '甲旗新闻', byline: null, body: '本报讯(' },
      { kind: 'article', title: '乙镇新闻', byline: null, body: '本报讯 ' },
      { kind: 'photo', title: '航拍新貌', byline: '李四', body: '近日,乙' },
    ]);
  });
});

describe('itemIndexAt', () => {
  it('finds the item of an offset, including a headline standing far from its caption', () => {
    const page = `## 项目管家助企\n\n□本报记者 王四\n\n## 代表委员零距离\n\n□本报记者 王四\n\n${P1}\n\n某区推行项目管家制度。王四 摄\n\n◎掠影`;
    const items = splitItems(page);
    expect(itemIndexAt(items, page.indexOf('甲旗'))).toBe(0);
    expect(itemIndexAt(items, page.indexOf('某区'))).toBe(1);
    expect(itemIndexAt(items, page.indexOf('项目管家助企'))).toBe(1);
    expect(itemIndexAt(items, page.indexOf('掠影'))).toBe(-1);
  });
});
