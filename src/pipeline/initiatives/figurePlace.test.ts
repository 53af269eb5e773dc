import { beforeAll, describe, expect, it } from 'vitest';
import { testGeoparser } from '../../../test/pipeline/testGeoparser.ts';
import type { Geoparser } from '../geoparser.ts';
import { processOne } from '../run/cacheEntry.ts';

let gp: Geoparser;
beforeAll(async () => { gp = await testGeoparser(); }, 120_000);

/** The figures of a one-article page, as (figure text → place name or null), through every real pipeline step. */
function owners(body: string, headline = '兴安盟推进基层治理'): Record<string, string | null> {
  const page = `${headline}\n\n□本报记者 张三\n\n${body}\n`;
  const out = processOne(gp, { file: 'fp.txt', bytes: new TextEncoder().encode(page) });
  const name = (id: string) => gp.gaz.get(id.slice(1))?.name ?? id;
  const figures = out.initiatives.flatMap((it) => it.figures);
  return Object.fromEntries(figures.map((f) => [f.text, f.place === null ? null : name(f.place)]));
}

describe('figure places', () => {
  it('gives a figure the unit named before it in its clause or sentence, else the main place', () => {
    const got = owners('兴安盟共有在职党员3.1万名,其中乌兰浩特市五一街道建成食堂3个。全盟累计收集民情民意1.1万余条。开展活动20余场。');
    expect(got['3.1万名']).toBe('兴安盟');
    expect(got['3个']).toBe('五一街道');
    expect(got['1.1万余条']).toBe('兴安盟');
    expect(got['20余场']).toBe('兴安盟');
  });
  it('reads a bare unit word opening a clause as the last unit written with it, past a place between', () => {
    const got = owners('科右前旗察尔森镇察尔森嘎查建起了光伏电站,旗里帮扶建成的冷库也有收益。2023年嘎查集体经济收入达到24万多元。全旗共有党员200名。');
    expect(got['24万多元']).toBe('察尔森嘎查');
    // It outweighs a place named after the figure in its sentence.
    const street = owners('乌兰浩特市五一街道建成食堂。街道共有6341户,其中代钦社区1330户。');
    expect(street['6341户']).toBe('五一街道');
    expect(street['1330户']).toBe('代钦社区居委会');
    // Inside a clause the word is attributive and says nothing: the banner's figure stays the banner's.
    expect(owners('科右前旗察尔森镇察尔森嘎查建起了光伏电站。全旗共有9个社区,目前225名社区党员开展服务386次。')['386次']).toBe('科尔沁右翼前旗');
  });
  it('gives the figure after a list of places to the smallest unit holding them all, unless it is each one\'s', () => {
    const got = owners('科右前旗察尔森镇察尔森嘎查和好田嘎查四处安置点建设完成,共安置贫困人口283户。');
    expect(got['四处']).toBe('察尔森镇');
    expect(got['283户']).toBe('察尔森镇');
    expect(owners('科右前旗察尔森镇察尔森嘎查、好田嘎查各有100户。')['100户']).toBe('好田嘎查');
    // With 分别 and as many figures of one unit as places, the figures go to the places one by one, chains included.
    const paired = owners('敖汉旗新惠镇新地村和四家子镇热水汤村分别有党员45名和38名。');
    expect([paired['45名'], paired['38名']]).toEqual(['新地村委会', '热水汤村委会']);
    const three = owners('今年,敖汉旗新惠镇、四家子镇、长胜镇分别种植谷子12万亩、8万亩和6.5万亩。');
    expect([three['12万亩'], three['8万亩'], three['6.5万亩']]).toEqual(['新惠镇', '四家子镇', '长胜镇']);
    // Counts of the list's units may stand between it and the figure (…4个苏木镇的21个嘎查村的1876户).
    expect(owners('暴雪造成磴口县和乌拉特前旗4个苏木镇的21个嘎查村的1876户牧民受灾。')['1876户']).toBe('巴彦淖尔市');
    // Items each with its own figure, then the total in a clause of its own; a rate stays each one's (the last's).
    const each = owners('兴安盟计划改造小区(科右前旗10个,突泉县50个,扎赉特旗26个),涉及楼栋1107栋。科右前旗、突泉县完成工程量45%以上。');
    expect(each['1107栋']).toBe('兴安盟');
    expect(each['45%以上']).toBe('突泉县');
    // What a clause lists after the places (等6个村、13个机关) is not theirs.
    const after = owners('科右前旗推动察尔森镇察尔森嘎查、好田嘎查等6个嘎查、13个旗直机关党组织融合共建。');
    expect(after['6个']).toBe('察尔森镇');
    expect(after['13个']).not.toBe('察尔森镇');
    // Banners of several leagues count for the region, which no place stands for.
    expect(owners('活动在四子王旗、宁城县、阿拉善左旗3个旗县设立50个服务点。')['50个']).toBeNull();
    // A place that only says where the one before lies makes no list.
    expect(owners('科右前旗察尔森镇察尔森嘎查位于察尔森镇北2公里。')['2公里']).toBe('察尔森嘎查');
  });
  it('takes a place written as a chain as its deepest link', () => {
    expect(owners('小分队驶向150公里外的科右前旗察尔森镇。')['150公里']).toBe('察尔森镇');
  });
  it('takes the place named later in the sentence when the clause names none, but not the region of an organisation', () => {
    expect(owners('“张三领了5000元。”全年分红共12万元,发给科右前旗察尔森镇的村民。')['12万元']).toBe('察尔森镇');
    expect(owners('由23人组成的小分队,响应自治区党委的号召,来到科右前旗。')['23人']).toBe('科尔沁右翼前旗');
  });
  it('passes over a place that only says where the one before it lies, unless nothing comes before it', () => {
    const got = owners('乌兰浩特市五一街道地处科右前旗东部,服务居民3434户。该项目位于科右前旗察尔森镇,占地200亩。');
    expect(got['3434户']).toBe('五一街道');
    expect(got['200亩']).toBe('察尔森镇');
    expect(owners('科右前旗察尔森镇好田嘎查。好田嘎查地处科右前旗察尔森镇西南部,总面积35万亩。')['35万亩']).toBe('好田嘎查');
    const borders = owners('陕坝镇地处杭锦后旗中东部,东与临河区接壤,北与蛮会镇相邻,辖区面积206平方公里,总人口14万多人。');
    expect(borders['206平方公里']).toBe('陕坝镇');
    expect(borders['14万多人']).toBe('陕坝镇');
    expect(owners('杭锦后旗陕坝镇距离临河区30多公里。')['30多公里']).toBe('陕坝镇');
  });
  it('gives a total to the whole, not to a part named after it or a place inside an aside', () => {
    const parts = owners('科右前旗察尔森镇推进种植。2008年共完成播种15万亩,其中好田嘎查1.8万亩。');
    expect(parts['15万亩']).toBe('察尔森镇');
    expect(parts['1.8万亩']).toBe('好田嘎查');
    const aside = owners('科右前旗察尔森镇种植大麦2.3万亩(其中好田嘎查1.8万亩),其他0.5万亩。');
    expect(aside['0.5万亩']).toBe('察尔森镇');
    expect(aside['1.8万亩']).toBe('好田嘎查');
    // A place opening a company's name (赤峰市燕京啤酒集团) makes no list with the village before it.
    expect(owners('科右前旗察尔森镇好田嘎查与赤峰市燕京啤酒集团签订单1.8万亩。')['1.8万亩']).toBe('好田嘎查');
    // A figure inside an aside still sees the place it stands after.
    expect(owners('科右前旗(察尔森镇200户)共有农户5000户。')).toMatchObject({ '200户': '察尔森镇', '5000户': '科尔沁右翼前旗' });
  });
  it('never gives a count to the place it names as an example or to the places it counts', () => {
    const examples = owners('此轮巡视派出15个巡视组,对呼和浩特市托克托县等41个旗县开展常规巡视。');
    expect(examples['15个']).not.toBe('托克托县');
    expect(examples['41个']).not.toBe('托克托县');
    // As many names before the figure as it counts, found or not (东山, 西山): the place before them.
    expect(owners('科右前旗已建成东山、西山、察尔森嘎查3个示范点。')['3个']).toBe('科尔沁右翼前旗');
    // … or as many names right after the count (辖3个嘎查,A、B、C。): the town's total that follows is no village's.
    expect(owners('科右前旗察尔森镇,辖3个嘎查,好田嘎查、察尔森嘎查、东山嘎查。共有4896户。')['4896户']).toBe('察尔森镇');
    // A list of another length is no count of it; one place with a 、 elsewhere in its clause is none either.
    expect(owners('科右前旗组织党员、干部到察尔森镇好田嘎查2次。')['2次']).toBe('好田嘎查');
  });
  it('reads the place opening a sentence as the subject of a list\'s figure, and passes over the ends of a route', () => {
    expect(owners('科右前旗察尔森镇由原满族屯乡、好田嘎查合并而成,现有47个行政村。')['47个']).toBe('察尔森镇');
    expect(owners('察尔森嘎查,西接好田嘎查。乌兰浩特至察尔森镇一线交通要道途经此地。土地总面积52万亩。')['52万亩']).toBe('察尔森嘎查');
  });
  it('passes over every link of a neighbour named as a chain, a place far away named as a source or partner, and examples of a set', () => {
    expect(owners('察尔森镇东部与满族屯乡、西部与兴安盟乌兰浩特市相连。总面积340万亩。')['340万亩']).toBe('察尔森镇');
    expect(owners('科右前旗从黑龙江引进技术,水稻单产提高到400公斤。')['400公斤']).toBe('科尔沁右翼前旗');
    expect(owners('察尔森嘎查的牛肉销往北京、上海等地,年销售额500万元。')['500万元']).toBe('察尔森嘎查');
    // A place far away that is the subject keeps the figures off the map.
    expect(owners('科右前旗察尔森镇。新疆天山麻黄素厂截至3月10日,生产麻黄素34吨。')['34吨']).toBeNull();
    // The country's count: 全国 right before the figure.
    expect(owners('科右前旗察尔森嘎查是全国560个旅游重点扶贫村之一。')['560个']).toBeNull();
  });
  it('passes over every item of a list of neighbours, a part of a place, a whole a share is of, and the names a count lists', () => {
    const banner = owners('四子王旗位于乌兰察布市西北部,东与察哈尔右翼中旗、察哈尔右翼后旗及苏尼特右旗毗邻,西与达茂旗相连。'
      + '全旗共有14个民族,总面积2.55万平方公里,占乌兰察布市总面积的48%。');
    expect(banner).toMatchObject({ '14个': '四子王旗', '2.55万平方公里': '四子王旗', '48%': '四子王旗' });
    expect(owners('杭锦后旗位于内蒙古自治区巴彦淖尔市河套平原西北部,北靠乌拉特后旗。南北长约87公里。')['约87公里']).toBe('杭锦后旗');
    expect(owners('乌布尔宝力格苏木位于新左旗东南部,东以辉河与鄂温克旗为界。土地面积5831平方公里。')['5831平方公里']).toBe('乌布尔宝力格苏木');
    expect(owners('鄂温克族自治旗伊敏河镇:辖兴和、兴盛、建材、团结4个居委会。')['4个']).toBe('伊敏河镇');
    // The last item may hold the last join: 建设街道 is one of the four, not the owner of the district's totals after.
    expect(owners('海拉尔区市区分为河东、河西、建设街道和铁道北4个区域。市区共设有37个社区居委会。')['37个']).toBe('海拉尔区');
    expect(owners('科右前旗举办那达慕,额济纳旗、四子王旗、乌拉特后旗等西部邻近旗县14个代表队约1000多人参加。')['约1000多人']).not.toBe('乌拉特后旗');
  });
  it('passes over a place after 在 that only holds the subject, not one inside it', () => {
    expect(owners('科右前旗察尔森镇好田嘎查在科右前旗开展整治以来,清理出600多吨垃圾。')['600多吨']).toBe('好田嘎查');
    expect(owners('科右前旗在察尔森镇建成200栋房屋。')['200栋']).toBe('察尔森镇');
  });
  it('gives no place to a figure of a unit the text names but does not pin down', () => {
    // Two 黄河村 and nothing to tell them apart: the figure is that village's, not the city's.
    expect(owners('乌海市海南区。据介绍,黄河村有120多户村民。')['120多户']).toBeNull();
  });
  it('gives the place its figure when the region is only where money comes from, or 全国 only where it lies', () => {
    expect(owners('今年,科右前旗争取自治区衔接推进乡村振兴补助资金1742万元。')['1742万元']).toBe('科尔沁右翼前旗');
    expect(owners('固阳县的开发区获评自治区科技创新强园区,产值达到280.2亿元。')['280.2亿元']).toBe('固阳县');
    // With no place in its paragraph the figure falls to the item's main place, not to the country.
    expect(owners('科右前旗察尔森镇大力发展蔬菜。\n这里位于全国冷凉蔬菜种植带,建成高标准农田3002亩。')['3002亩']).toBe('兴安盟');
  });
  it('passes over the units a place holds after its figure, where a distance is measured from and a route\'s dashed ends', () => {
    expect(owners('白狼镇位于阿尔山市西南部。辖区面积600平方公里,现辖白桦林社区和鹿村。')['600平方公里']).toBe('白狼镇');
    expect(owners('科左中旗舍伯吐镇北靠花胡硕苏木,东为腰林毛都镇的东苏林场。总土地面积98万亩。')['98万亩']).toBe('舍伯吐镇');
    expect(owners('四子王旗地处乌兰察布市北部,距自治区首府呼和浩特市仅130公里。')['130公里']).toBe('四子王旗');
    expect(owners('草原位于四子王旗,呼和浩特—锡林浩特省道直达景区,全程160公里。')['160公里']).toBe('四子王旗');
    expect(owners('草原位于四子王旗,呼和浩特到锡林浩特的省道直达景区,全程160公里。')['160公里']).toBe('四子王旗');
    expect(owners('察右中旗铁沙盖镇位于察右中旗科布尔镇北33公里处。全镇水浇地面积9万亩。')['9万亩']).toBe('铁沙盖镇');
  });
  it('never gives a count of units to one of their level, unless they are what it was formed from', () => {
    expect(owners('临河区乌兰图克镇隆强村灌溉用时缩短。该工程使灌域17个行政村渠道过流能力提升。')['17个']).toBe('乌兰图克镇');
    expect(owners('新巴尔虎左旗乌布尔宝力格苏木由原两个苏木合并而成。')['两个']).toBe('乌布尔宝力格苏木');
    // A village's villagers' groups are its own.
    expect(owners('包头市石拐区五当召镇青山村共有6个村小组。')['6个']).toBe('青山村委会');
    expect(owners('乌盖苏木巴音塔拉嘎查是乌拉特后旗实施退牧转移后,由山后3个嘎查村合并组建的。')['3个']).toBe('巴音塔拉嘎查');
  });
  it('reads a bare unit word opening the figure\'s clause as its subject, and the region\'s partner organisation as no scope', () => {
    expect(owners('乌审旗巴音高勒嘎查紧紧围绕全旗发展目标,投资建设矿泉水厂,嘎查集体经济收入每年增加120万元。')['120万元']).toBe('巴音高勒嘎查村委员会');
    expect(owners('乌达区乌兰淖尔镇建成温室。同时,与内蒙古农业大学组建联合体。经过努力,农业机械化率超过80%。')['超过80%']).toBe('乌兰淖尔镇');
    // So is one the figure came through (经自治区…中心测产): who measured, not where.
    expect(owners('科右前旗归流河镇种植大豆6000亩。经内蒙古自治区农牧业技术推广中心组织专家田间测产,亩产达229.63公斤。')['229.63公斤']).toBe('归流河镇');
  });
  it('keeps the place of the paragraph before for a paragraph going on with a quote of speech or a pronoun', () => {
    const quote = owners('鄂托克前旗敖勒召其镇大沙头村的村民白东伟种起了辣椒。\n“过去种玉米,如今种辣椒,每亩收入超过2万元!”他说。');
    expect(quote['超过2万元']).toBe('大沙头村');
    const pronoun = owners('鄂托克前旗敖勒召其镇大沙头村的村民白东伟种起了辣椒。\n他今年种了30亩。');
    expect(pronoun['30亩']).toBe('大沙头村');
    // A quoted term opening a paragraph is no speech: the item's main place.
    expect(owners('鄂托克前旗敖勒召其镇大沙头村建起了服务队。\n“一车”即开通直通车,共开通直通车17辆。')['17辆']).toBe('兴安盟');
    // A quotation closed before the words saying who spoke: the place named there, in a quote of several sentences too.
    const said = owners('“我们村去年集体经济收入达到50万元。明年建成冷库2座。”鄂托克前旗敖勒召其镇大沙头村党支部书记说。');
    expect([said['50万元'], said['2座']]).toEqual(['大沙头村', '大沙头村']);
  });
  it('reads a paragraph opening with a bare unit word as about that unit, never a neighbour of it', () => {
    const seat = owners('奈曼旗白音他拉苏木位于奈曼旗中北部。\n苏木政府所在地为白音他拉村。辖13个行政村、29个自然村,有4555户。');
    expect(seat['4555户']).toBe('白音他拉苏木');
    const neighbour = owners('鄂托克旗乌兰镇赛罕塔拉嘎查东临乌兰图克嘎查,南伴沙日布日都嘎查。\n嘎查活动阵地建于1998年,目前拥有党员26名。');
    expect(neighbour['26名']).toBe('赛罕塔拉嘎查');
  });
  it('gives no place to a count of units of the main place\'s level when nothing else owns it', () => {
    expect(owners('市场来自10多个省市、80多个乡镇苏木的商贩6000余户。', '林西县统部镇肉牛市场红火')['80多个']).toBeNull();
  });
  it('passes over the frame of a rank, and of a first when it is the region or holds a place named before it', () => {
    expect(owners('宁城县果树经济林面积达到25万亩,居赤峰市首位,2024年生产果品16.8万吨。')['16.8万吨']).toBe('宁城县');
    expect(owners('赤峰市松山区临潢家园社区建立了松山区首个综合服务体,搭建6个特色服务平台。')['6个']).toBe('临潢家园社区居委会');
    expect(owners('巴林左旗十三敖包镇房身村打造了自治区首家淘宝村,现培养运营户120余户。')['120余户']).toBe('房身村委会');
    expect(owners('和林格尔县台格斗村变化很大。人均年收入跃升至22000元,成为呼和浩特市乡村振兴的标杆。')['22000元']).toBe('台格斗村委会');
    // The first thing stands in the place: its figures are the place's.
    expect(owners('科右中旗首个肉牛交易市场开市,开市当天肉牛入场量7306头。')['7306头']).toBe('科尔沁右翼中旗');
  });
  it('reads a place far away qualifying people (吉林租赁户) as where they come from, not the scope of later figures', () => {
    expect(owners('科左中旗希伯花镇柴达木嘎查的村民把土地租出去,吉林租赁户喊着退钱。如果种玉米,亩产不到1200斤。')['不到1200斤']).toBe('柴达木嘎查');
  });
  it('leaves region-wide and national numbers without a place', () => {
    const got = owners('乌兰浩特市建成老年餐厅5个。全区已建成老年餐厅2132个,全国共有1.2万个。');
    expect(got['5个']).toBe('乌兰浩特市');
    expect(got['2132个']).toBeNull();
    expect(got['1.2万个']).toBeNull();
    expect(owners('近日全国100个优秀社区工作法公布,呼和浩特市玉泉区清泉街社区入选。')['100个']).toBeNull();
    // The country's 56 nationalities, wherever written; a banner's own count of them stays the banner's.
    expect(owners('扎鲁特旗各族群众像石榴籽一样紧紧抱在一起,56个民族共团结。')['56个']).toBeNull();
    expect(owners('扎鲁特旗境内居住着12个民族。')['12个']).toBe('扎鲁特旗');
    // The region as the set the subject is one of: its count, but not the figures after it.
    const oneOf = owners('鄂托克前旗位于鄂尔多斯市西南端,是自治区33个牧业旗之一,从事农牧业人口5.7万人。');
    expect(oneOf['33个']).toBeNull();
    expect(oneOf['5.7万人']).toBe('鄂托克前旗');
  });
});
