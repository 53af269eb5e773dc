/** The resolver on short texts with the real gazetteer: chains, context, fuzzy slips, traps, generic and outside. */
import { beforeAll, describe, expect, it } from 'vitest';
import { testGeoparser } from '../../../test/pipeline/testGeoparser.ts';
import type { Geoparser } from '../geoparser.ts';
import { processFile } from '../index.ts';
import type { ResolvedMention } from '../types.ts';

let gp: Geoparser;
beforeAll(async () => { gp = await testGeoparser(); }, 120_000);

const resolve = (text: string): ResolvedMention[] =>
  processFile(gp, { file: 't.txt', bytes: new TextEncoder().encode(text) }).mentions ?? [];
const codeOf = (text: string, surface: string) => resolve(text).find((m) => m.surface === surface);

describe('resolveMentions', () => {
  it('resolves a chain link by link, each inside the one before', () => {
    const ms = resolve('鄂尔多斯市达拉特旗中和西镇南伙房村的村民');
    expect(ms.map((m) => m.code)).toEqual(['150600000000', '150621000000', '150621106000', '150621106200']);
    expect(ms[3].rule).toBe('chain');
  });
  it('reads a numbered community written with digits as the Chinese numeral of its official name', () => {
    expect(codeOf('包头市昆都仑区友谊大街街道少先31号街坊社区', '少先31号街坊社区')).toMatchObject({ code: '150203005009', status: 'place', rule: 'chain' });
  });
  it('reads …村委会 as the committee of a village named …村 (大西沟村村民委员会), not of the 大西沟 of another banner', () => {
    expect(codeOf('察右后旗大六号镇大西沟村的村民。大西沟村委会带领村民脱贫', '大西沟村委会')).toMatchObject({ code: '150928109205', status: 'place' });
  });
  it('reads a gacha whose committee the statistics spell 嘎查委会 (扎赉特旗) by its written name', () => {
    expect(codeOf('扎赉特旗巴彦乌兰苏木巴彦塔拉嘎查的牧民', '巴彦塔拉嘎查')).toMatchObject({ code: '152223201209', status: 'place', rule: 'chain' });
  });
  it('keeps with low confidence a unit only its league places when the item names another banner of that league', () => {
    const m = codeOf('兴安盟科右中旗巴仁哲里木镇的党委。白音扎拉嘎嘎查的牧民增收', '白音扎拉嘎嘎查')!;
    expect(m).toMatchObject({ code: '152221106206', status: 'place', rule: 'context:league' });
    expect(m.confidence).toBeLessThan(0.7);
    expect(codeOf('兴安盟的党委。白音扎拉嘎嘎查的牧民增收', '白音扎拉嘎嘎查')).toMatchObject({ code: '152221106206', rule: 'context' });
  });
  it('starts a new chain at a unit above the link before it (a list whose separators were lost), and at one of its level only under the same parent', () => {
    const ms = resolve('鄂托克前旗昂素镇阿日赖嘎查鄂托克旗苏米图苏木苏里格嘎查');
    expect(ms.map((m) => [m.surface, m.code, m.rule])).toEqual([
      ['鄂托克前旗', '150623000000', 'exact'], ['昂素镇', '150623103000', 'chain'], ['阿日赖嘎查', '150623103212', 'chain'],
      ['鄂托克旗', '150624000000', 'exact'], ['苏米图苏木', '150624200000', 'chain'], ['苏里格嘎查', expect.any(String), 'chain'],
    ]);
    expect(codeOf('科右前旗扎赉诺尔区', '扎赉诺尔区')).toMatchObject({ status: 'unresolved' });
    // One of its level under the same banner starts a new chain too: an area and a town it manages.
    expect(resolve('阿拉善左旗孪井滩生态移民示范区腾格里额里斯镇乌兰哈达嘎查').map((m) => [m.code, m.rule])).toEqual([
      ['152921000000', 'exact'], ['152921401000', 'chain'], ['152921115000', 'chain:sibling'], ['152921115203', 'chain'],
    ]);
  });
  it('finds no unit in ordinary words of the table, nor in their 嘎查 forms', () => {
    const text = '学生来自29个行政嘎查,荣获盟级文明嘎查和卫生嘎查称号,村容村貌焕然一新;春季耙耱镇压;居家社区养老服务中心开业。';
    expect(resolve(text).map((m) => m.surface)).toEqual([]);
  });
  it('reads a league after a banner, the lines of a list run together, as a new chain', () => {
    expect(codeOf('呼伦贝尔市的鄂伦春自治旗、鄂温克族自治旗通辽市的科尔沁左翼中旗', '通辽市')).toMatchObject({ code: '150500000000', status: 'place' });
  });
  it('places a township a development zone runs, though the statistics list it under a banner around it', () => {
    expect(codeOf('呼和浩特经济技术开发区沙尔沁镇的爱心食堂', '沙尔沁镇')).toMatchObject({ code: '150121105000', rule: 'chain:managed' });
    // A town of that name in another league is none it runs.
    expect(codeOf('通辽经济技术开发区沙尔沁镇', '沙尔沁镇')).toMatchObject({ status: 'unresolved' });
  });
  it('does not read a verb\'s last character into a known name (走进|乌兰社区 is no 进乌兰社区)', () => {
    expect(resolve('达茂旗的大学生志愿者走进乌兰社区清扫卫生').map((m) => m.surface)).not.toContain('进乌兰社区');
  });
  it('takes the lone town of a name when its item names only towns of the same banner (a banner site\'s brief)', () => {
    const ms = resolve('旗领导到舍伯吐镇调研,随后到敖包苏木和花吐古拉镇检查');
    expect(ms.map((m) => [m.surface, m.code, m.rule])).toEqual([
      ['舍伯吐镇', '150521102000', 'unique'], ['敖包苏木', '150521204000', 'unique'], ['花吐古拉镇', '150521108000', 'unique'],
    ]);
  });
  it('takes a bare town name before 沙漠, 河 or 湖 for the natural feature, not the town', () => {
    expect(codeOf('阿拉善右旗巴丹吉林沙漠腹地的牧民', '巴丹吉林')).toMatchObject({ status: 'not-a-place' });
    expect(codeOf('阿拉善右旗巴丹吉林镇的牧民', '巴丹吉林镇')).toMatchObject({ status: 'place', code: '152922103000' });
    expect(codeOf('兴安盟科右前旗乌兰毛都草原迎来休牧期', '乌兰毛都')).toMatchObject({ status: 'place', code: '152221201000' });
  });
  it('reads a bare name with a unit suffix after it as a longer name: a variant in its chain, or low confidence elsewhere', () => {
    expect(codeOf('西乌珠穆沁旗巴彦呼舒苏木的牧民', '巴彦呼舒苏木')).toMatchObject({ code: '152526200000', rule: 'chain+fuzzy:variant' });
    const m = codeOf('呼伦贝尔市根河市奥鲁古雅鄂温克民族乡的居民', '鄂温克民族乡')!;
    expect(m).toMatchObject({ code: '150725201000', rule: 'context:league+fuzzy:variant' });
    expect(m.confidence).toBeLessThan(0.7);
  });
  it('reads a chain written in traditional characters the same way', () => {
    expect(resolve('鄂爾多斯市達拉特旗中和西鎮南夥房村').map((m) => m.code)).toContain('150621106200');
  });
  it('narrows a name by its chain (乌达区乌兰镇 is 乌兰淖尔镇, not the seat of 鄂托克旗)', () => {
    expect(codeOf('乌海市乌达区乌兰镇富民社区', '乌兰镇')).toMatchObject({ code: '150304101000', status: 'place' });
  });
  it('corrects slips and variants inside a narrowing context, with rule and lower confidence', () => {
    const m = codeOf('东乌珠穆沁旗满都宝力格镇', '满都宝力格镇')!;
    expect(m).toMatchObject({ code: '152525103000', status: 'place' });
    expect(m.rule).toMatch(/fuzzy/);
    expect(m.confidence).toBeLessThan(0.9);
    expect(codeOf('东乌珠穆沁旗嘎查布其镇', '嘎查布其镇')?.code).toBe('152525102000');
    // 郭勒 and 高勒 write the same Mongolian gol (river).
    expect(codeOf('西乌珠穆沁旗巴拉嘎尔郭勒镇', '巴拉嘎尔郭勒镇')).toMatchObject({ code: '152526100000', rule: 'chain+fuzzy:variant' });
    expect(codeOf('兴安盟扎赉特旗音德镇', '音德镇')?.code).toBe('152223100000');
    expect(codeOf('包头市稀土高新区民警路街道', '民警路街道')?.code).toBe('150271020000');
    expect(resolve('巴彦淖尔市杭锦旗后旗陕坝镇').find((m) => m.code === '150826000000')?.surface).toBe('杭锦旗后旗');
  });
  it('reads a name past a word of direction before it, but takes no shortened name that needs another change', () => {
    expect(resolve('东乌珠穆沁旗工作队来到镇上,向满都宝力格镇出发').find((m) => m.code === '152525103000')?.surface).toBe('满都宝力格镇');
    // 力哈达嘎查 is one slip from 甲哈达嘎查, and 哈达 names a 社区 in 乌兰浩特: neither is 铁力哈达嘎查.
    const ms = resolve('兴安盟科右中旗巴仁哲里木镇将扎木钦嘎查、铁力哈达嘎查的资源握指成拳。');
    expect(ms.find((m) => m.surface.endsWith('哈达嘎查'))).toMatchObject({ surface: '铁力哈达嘎查', status: 'unresolved' });
  });
  it('reads a village written with a prefix before a known shorter name inside its chain (余粮堡镇|大张家村)', () => {
    expect(codeOf('科尔沁区余粮堡镇大张家村', '大张家村')).toMatchObject({ code: '150502102216', status: 'place' });
  });
  it('takes no phrase for a unit: 民族团结 and 一村一品 are slogans, 民族团结乡 is the township', () => {
    expect(resolve('推进一村一品,加强民族团结。').map((m) => m.status)).toEqual(['not-a-place', 'not-a-place']);
    expect(codeOf('兴和县民族团结乡', '民族团结乡')?.code).toBe('150924210000');
  });
  it('starts no name with the unit of the number before it (1485万元|建成…园区)', () => {
    expect(resolve('投资1485万元建成荒漠肉苁蓉精深加工园区,带动。')).toEqual([]);
    expect(resolve('投入40多万元整合嘎查集体水浇地300亩')).toEqual([]);
  });
  it('takes no quantifier for a village name (满族屯满族乡部分嘎查: some of its gachas)', () => {
    expect(resolve('科右前旗满族屯满族乡部分嘎查和社区庭院经济').map((m) => m.surface)).toEqual(['科右前旗', '满族屯满族乡']);
    for (const text of ['兴安盟还有些嘎查的牧民住着茅草屋', '兴安盟不少社区开展活动', '兴安盟没有社区帮扶就没有今天', '兴安盟3个村入选乡村旅游重点村',
      '兴安盟建成葡萄专业村']) {
      expect(resolve(text).map((m) => m.surface)).toEqual(['兴安盟']);
    }
  });
  it('uses the units named in the same item for a name found in many places', () => {
    const text = '突泉县突泉镇开展活动。\n\n在团结社区,志愿者忙碌着。';
    expect(codeOf(text, '团结社区')).toMatchObject({ status: 'place', rule: 'context' });
    expect(codeOf(text, '团结社区')?.code?.startsWith('152224')).toBe(true);
  });
  it('leaves a name found in many places unresolved when nothing narrows it', () => {
    expect(codeOf('团结社区的居民说。', '团结社区')?.status).toBe('unresolved');
  });
  it('reads 河南街道 as a sub-district, not as the province', () => {
    expect(codeOf('赤峰市喀喇沁旗河南街道', '河南街道')).toMatchObject({ status: 'place', level: 'township', code: '150428405000' });
    expect(codeOf('来到河南街道走访', '河南街道')?.status).not.toBe('outside');
  });
  it('leaves a chain that contradicts itself unresolved', () => {
    expect(codeOf('赤峰市宁城县河南街道', '河南街道')?.status).toBe('unresolved');
  });
  it('keeps names inside organisations, brands and slogans off the map', () => {
    for (const [text, surface] of [['实施科技兴蒙行动', '科技兴蒙'], ['擦亮“颐养乌海”品牌', '乌海'], ['公安乌兰牧骑演出', '乌兰牧骑'], ['包头日报记者', '包头']]) {
      const m = resolve(text).find((x) => x.surface.includes(surface));
      expect(m?.status, text).toBe('not-a-place');
    }
  });
  it('resolves generic references to the unit they denote, flagged generic', () => {
    const g = codeOf('阿巴嘎旗深入推进。全旗共有党员万余名。', '全旗');
    expect(g).toMatchObject({ status: 'generic', code: '152522000000' });
    expect(codeOf('我区各地积极行动', '我区')).toMatchObject({ status: 'generic', code: '150000000000' });
    // The region's name opening a company's name, or a rank (自治区级), says nothing of where a figure belongs.
    expect(codeOf('走进内蒙古牧名食品有限责任公司的车间', '内蒙古')).toMatchObject({ status: 'not-a-place' });
    expect(codeOf('公司成为自治区级龙头企业', '自治区')).toMatchObject({ status: 'not-a-place' });
    expect(codeOf('驻村工作队与包联单位通辽发电总厂沟通', '通辽')).toMatchObject({ status: 'not-a-place' });
    expect(codeOf('依托通辽这座“大粮仓”发展畜牧业', '通辽')).toMatchObject({ status: 'place', code: '150500000000' });
    expect(codeOf('通辽市电厂街道的居民', '电厂街道')).toMatchObject({ status: 'place' });
    expect(codeOf('内蒙古有6条生产线', '内蒙古')).toMatchObject({ status: 'generic', code: '150000000000' });
    expect(codeOf('达拉特旗中和西镇南伙房村修了路,该村村民很高兴', '该村')).toMatchObject({ status: 'generic', code: '150621106200' });
    expect(codeOf('呼和浩特市赛罕区开展培训,全区共有党员多名', '全区')).toMatchObject({ status: 'generic', code: '150105000000' });
    // A community ends in 区 but is no district: 全区 after one is still the region.
    expect(codeOf('乌海市乌达区乌兰淖尔镇富民社区入选,全区共有30个', '全区')).toMatchObject({ status: 'generic', code: '150304000000' });
    expect(codeOf('阿拉善左旗温都尔勒图镇营盘水社区入选,全区共有30个', '全区')).toMatchObject({ status: 'generic', code: '150000000000' });
    expect(codeOf('呼和浩特经济技术开发区招商引资。2024年全区生产总值23159亿元', '全区')).toMatchObject({ code: '150000000000' });
  });
  it('reads 我旗 on a banner\'s own page, which names only its towns, as the banner that holds them', () => {
    expect(codeOf('今年以来,我旗大力发展乡村旅游。独贵塔拉镇的牧家乐生意红火。', '我旗')).toMatchObject({ status: 'generic', code: '150625000000' });
  });
  it('reads a quoted speaker\'s own unit (我们村, 咱们村) as that unit', () => {
    expect(codeOf('达拉特旗中和西镇南伙房村修了路。“我们村今年接待游客3万人次。”', '我们村')).toMatchObject({ status: 'generic', code: '150621106200' });
    expect(codeOf('达拉特旗中和西镇南伙房村修了路。“咱们村的路好走了。”', '咱们村')).toMatchObject({ status: 'generic', code: '150621106200' });
  });
  it('keeps a dispatch line\'s city off the map unless the story names something there', () => {
    expect(codeOf('新华社呼和浩特5月27日电 奈曼旗推进基层治理', '呼和浩特')).toMatchObject({ status: 'not-a-place' });
    expect(codeOf('中新网巴彦淖尔1月16日电 乌拉特中旗川井苏木给牧民分红', '巴彦淖尔')).toMatchObject({ status: 'place', code: '150800000000' });
    expect(codeOf('新华社呼和浩特5月27日电 呼和浩特市新城区推进基层治理', '呼和浩特')).toMatchObject({ status: 'place', code: '150100000000' });
  });
  it('recognises places outside Inner Mongolia and keeps them off the map', () => {
    const ms = resolve('来自北京、深圳和宁夏中卫市的游客');
    expect(ms.map((m) => m.status)).toEqual(['outside', 'outside', 'outside', 'outside']);
    expect(ms.find((m) => m.surface === '中卫市')?.code).toBe('640500000000');
  });
  it('reads a city far away that names a road or an organisation here, or is first an ordinary word, as no place', () => {
    expect(codeOf('察尔森镇北京路改造200米', '北京')).toMatchObject({ status: 'not-a-place' });
    expect(codeOf('与北京大学合作培训', '北京')).toMatchObject({ status: 'not-a-place' });
    // 长治久安, 日照时间, 一颗新星, 朝阳升起: ordinary words; the city written in full is still found.
    const words = resolve('为了长治久安,得益于日照时间长,成为一颗新星,朝阳缓缓升起。');
    expect(words.filter((m) => m.status === 'outside')).toEqual([]);
    expect(codeOf('来自辽宁省朝阳市的客商', '朝阳市')).toMatchObject({ status: 'outside', code: '211300000000' });
  });
  it('reads no city far away into a word (收成|都), but keeps one after a word of motion (流入|山西, 很多|吉林客商)', () => {
    expect(codeOf('马铃薯收成都储好了', '成都')).toMatchObject({ status: 'not-a-place' });
    expect(codeOf('黄河从这里流入山西', '山西')).toMatchObject({ status: 'outside' });
    expect(codeOf('现在很多吉林客商追着村民要钱', '吉林')).toMatchObject({ status: 'outside' });
    // 阴山南麓: the south side of a mountain, not 西藏's 山南.
    expect(resolve('位于阴山南麓').filter((m) => m.status === 'outside')).toEqual([]);
  });
  it('reads a known form after more name characters as a longer name, but not one that only drops them again', () => {
    expect(codeOf('东乌珠穆沁旗满都宝力格镇白音布日德嘎查的牧民', '白音布日德嘎查')).toMatchObject({ code: '152525103200', rule: 'extended+fuzzy:edit' });
    // 湖泡有|呼和诺尔: the lake, not "有呼和诺尔" read as the sumu's 呼和诺尔嘎查.
    expect(resolve('新巴尔虎左旗乌布尔宝力格苏木。湖泡有呼和诺尔、乌兰诺尔等。').filter((m) => m.rule.startsWith('extended'))).toEqual([]);
    // 联合|东街社区: the character before the form ends a verb, so it reads no longer name (合东街… in another banner).
    expect(resolve('呼和浩特市新城区东街街道办事处联合东街社区居委会开展活动。').filter((m) => m.rule.startsWith('extended'))).toEqual([]);
  });
  it('reads no rank, class or common word as a unit\'s name, and a generic reference past the neighbours named before it', () => {
    const ranks = resolve('科右中旗巴彦呼舒镇海龙屯嘎查变为了科右中旗十星级嘎查、一类嘎查。临河区城区共有老旧小区212个。');
    expect(ranks.map((m) => m.surface).filter((s) => /星级|一类|老旧/.test(s))).toEqual([]);
    expect(codeOf('四子王旗位于乌兰察布市西北部,西与包头市达尔罕茂明安联合旗相连。全旗共有14个民族', '全旗')).toMatchObject({ code: '150929000000' });
  });
  it('reads a villagers\' group, a gacha\'s villagers and a committee\'s village as what they are', () => {
    expect(codeOf('乌海市海南区赛汗乌素村黄河村民小组新建市场', '黄河村')).toMatchObject({ status: 'not-a-place' });
    // 浩力宝嘎查|村民: the gacha's villagers, so both mentions are the same gacha.
    const gachas = resolve('科右中旗新佳木苏木浩力宝嘎查村民孟根图雅说。位于浩力宝嘎查的基地面积4600亩。').filter((m) => m.surface.startsWith('浩力宝'));
    expect(gachas.map((m) => [m.surface, m.code])).toEqual([['浩力宝嘎查', '152222201201'], ['浩力宝嘎查', '152222201201']]);
    // 管理委员会|巴总窑村: the village's name starts past the committee's word.
    expect(resolve('土默特右旗九峰山生态管理委员会巴总窑村的村民').map((m) => m.surface)).toContain('巴总窑村');
  });
  it('reads a bare name opening a company\'s name as part of that name, and 自治旗 as the banner the story names', () => {
    expect(codeOf('与赤峰燕京啤酒集团签订单', '赤峰')).toMatchObject({ status: 'not-a-place' });
    expect(codeOf('鄂温克族自治旗位于大兴安岭西侧。自治旗由20多个民族组成', '自治旗')).toMatchObject({ status: 'generic', code: '150724000000' });
  });
  it('keeps a unit the gazetteer lacks under its resolved parent', () => {
    const m = codeOf('新巴尔虎右旗阿日哈沙特镇团结嘎查牧民', '团结嘎查')!;
    expect(m).toMatchObject({ status: 'place', code: null, parentCode: '150727101000', level: 'village' });
  });
  it('does not take a person named like a sumu (乌力吉巴特尔) for the sumu', () => {
    expect(resolve('牧民乌力吉巴特尔说').filter((m) => m.status === 'place')).toEqual([]);
    // Even inside its own banner, a town name without its suffix is left to a chain.
    expect(['unresolved', 'not-a-place']).toContain(codeOf('达茂旗开展活动,干部满都拉说', '满都拉')?.status);
    expect(codeOf('达茂旗满都拉镇', '满都拉镇')?.code).toBe('150223102000');
  });
  it('does not take a described community (建设和谐社区) for the community of that name in the same district', () => {
    expect(codeOf('海勃湾区全力建设和谐社区。', '和谐社区')?.status).toBe('not-a-place');
    expect(codeOf('海勃湾区和谐社区的居民说。', '和谐社区')).toMatchObject({ status: 'place', code: '150302003015' });
  });
  it('keeps a short unlisted village under its chain parent instead of snapping it to a similar listed one', () => {
    expect(codeOf('达茂旗百灵庙镇黄花村的村民说', '黄花村')).toMatchObject({ status: 'place', code: null, parentCode: '150223104000', rule: 'pattern:chain' });
  });
  it('accepts the only village of a name without context, but not when its item is about another place', () => {
    expect(codeOf('大沟湾村的村民说', '大沟湾村')).toMatchObject({ status: 'place', rule: 'unique', code: '150623102205' });
    expect(codeOf('赤峰市宁城县开展活动,大沟湾村的村民说', '大沟湾村')?.status).toBe('unresolved');
    // A unit the gazetteer lists inside it, written right after it, confirms it.
    const named = resolve('潮格温都尔镇巴音努如嘎查举办那达慕。潮格温都尔镇党委参加。').filter((m) => m.surface === '潮格温都尔镇');
    expect(named.map((m) => [m.rule, m.code])).toEqual([['confirmed-by-child', '150825102000'], ['same-name+confirmed-by-child', '150825102000']]);
    expect(codeOf('潮格温都尔镇举办那达慕', '潮格温都尔镇')).toMatchObject({ status: 'place', rule: 'unique', code: '150825102000' });
  });
  it('keeps a 小区 under the community it is written after', () => {
    const m = codeOf('科右中旗图什业图社区呼花园小区居民', '呼花园小区')!;
    expect(m).toMatchObject({ status: 'place', code: null, parentCode: '152222100001', level: 'poi' });
  });
  it('lets a generic reference that found its unit head a chain (该镇|新营子村)', () => {
    const text = '科尔沁左翼后旗甘旗卡镇召开会议。该镇新营子村的党员也参加了,奈曼旗和库伦旗的干部前来观摩。';
    expect(codeOf(text, '新营子村')).toMatchObject({ status: 'place', rule: 'chain' });
    expect(codeOf(text, '新营子村')?.parentCode).toBe('150522100000');
  });
});

describe('a name open where it first appears', () => {
  it('takes the unit the same name resolves to later in the item, and generic references follow it', () => {
    const ms = resolve('巴音塔拉嘎查地处戈壁,该嘎查有牧户80户。\n乌盖苏木巴音塔拉嘎查建起了合作社。');
    const gachas = ms.filter((m) => m.surface === '巴音塔拉嘎查');
    expect(gachas.map((m) => m.code)).toEqual(['150825202205', '150825202205']);
    expect(gachas[0].rule).toMatch(/^same-name/);
    expect(ms.find((m) => m.surface === '该嘎查')?.code).toBe('150825202205');
  });
  it('takes, of the units a name shares, the one holding a place its item names', () => {
    const text = '城关镇开展志愿服务活动。\n\n昭君道社区的居民纷纷参与。';
    expect(codeOf(text, '城关镇')).toMatchObject({ code: '150123100000', status: 'place', rule: 'contains:item' });
    // Places inside two of them settle nothing.
    expect(codeOf('城关镇开展活动，和林格尔县昭君道社区和清水河县圣泉社区的居民参与。', '城关镇')?.status).toBe('unresolved');
  });
  it('reads an old banner name shared by the banners it became by the town the story names', () => {
    const text = '东乌珠穆沁旗满都宝力格镇的牧民养羊。乌珠穆沁旗与蒙古国接壤。';
    expect(codeOf(text, '乌珠穆沁旗')).toMatchObject({ code: '152525000000', status: 'place' });
    expect(codeOf('乌珠穆沁旗的草原上，牧民开展活动。', '乌珠穆沁旗')?.status).toBe('unresolved');
  });
  it('keeps the only unit of a name when its item names a place inside it', () => {
    expect(codeOf('巴家围子社区开展义诊，红星街道组织志愿者参与。', '红星街道')).toMatchObject({ code: '150502009000', status: 'place' });
  });
  it('keeps the sense a name got first when written again: an unlisted village of a chain, a longer name the chain made', () => {
    // 乌兰胡同村 is also the name of a village of 敖汉旗, which the second mention alone would not place.
    const text = '乌拉特前旗大佘太镇乌兰胡同村有合作社。乌兰胡同村有村民370人。';
    const villages = resolve(text).filter((m) => m.surface === '乌兰胡同村');
    expect(villages.map((m) => [m.status, m.code, m.parentCode])).toEqual([['place', null, '150823105000'], ['place', null, '150823105000']]);
    // 大|张家村 after a chain is the longer 大张家村; written again without the chain, it is not the 张家村 of two banners.
    const prefixed = resolve('科尔沁区余粮堡镇大张家村不断探索。订单酒高粱是大张家村党支部书记引进的项目。').filter((m) => m.surface.includes('张家村'));
    expect(prefixed.map((m) => [m.surface, m.code])).toEqual([['大张家村', '150502102216'], ['大张家村', '150502102216']]);
  });
  it('reads a league by the name it had before it became a city', () => {
    expect(codeOf('原伊克昭盟的牧民', '伊克昭盟')?.code).toBe('150600000000');
    expect(codeOf('巴盟的农民种植向日葵', '巴盟')?.code).toBe('150800000000');
  });
});
