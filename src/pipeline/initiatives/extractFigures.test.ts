import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractFigures } from './extractFigures.ts';

const all = (s: string) => extractFigures(s, { start: 0, end: s.length });
const one = (s: string) => {
  const f = all(s);
  expect(f).toHaveLength(1);
  return { ...f[0], text: s.slice(f[0].start, f[0].end) };
};

describe('extractFigures: values, units, hedges', () => {
  it.each([
    ['为30名就业困难群众提供岗位', '30名', 30, '名', false],
    ['累计收集民情民意1.1万余条。', '1.1万余条', 11000, '条', true],
    ['发放贷款55.91亿元,', '55.91亿元', 5591000000, '元', false],
    ['同比增长9.7%,', '9.7%', 9.7, '%', false],
    ['能够为居民提供十余项便民服务', '十余项', 10, '项', true],
    ['累计吸纳近千名大学生党员', '近千名', 1000, '名', true],
    ['开展2轮谈话', '2轮', 2, '轮', false],
    ['由相关负责人与学员开展两轮谈话', '两轮', 2, '轮', false],
    ['累计争取1700余万元资金', '1700余万元', 17000000, '元', true],
    ['有望突破100万元。', '突破100万元', 1000000, '元', true],
    ['增加纯收入5000元左右。', '5000元左右', 5000, '元', true],
    ['接待群众超150人次,', '超150人次', 150, '人次', true],
    ['建设了1200平方米的活动中心', '1200平方米', 1200, '平方米', false],
    ['百分之九十的农户', '百分之九十', 90, '%', false],
    ['吸引一万余人参加', '一万余人', 10000, '人', true],
    ['一共是一万四千多公里。', '一万四千多公里', 14000, '公里', true],
    ['投资一亿两千万元建成', '一亿两千万元', 120000000, '元', false],
    ['一年能挣一万五千元', '一万五千元', 15000, '元', false],
    ['带动数百名群众', '数百名', 100, '名', true],
    ['为附近2个小区供暖', '2个', 2, '个', false],
    ['建成500㎡养殖区', '500㎡', 500, '平方米', false],
    ['全长12km的巡边路', '12km', 12, '公里', false],
    ['采摘沙果3kg', '3kg', 3, '公斤', false],
    ['总规模34835千瓦光伏扶贫电站', '34835千瓦', 34835, '千瓦', false],
    ['换回来的3包袜子', '3包', 3, '包', false],
    ['服务群众超万人次。', '超万人次', 10000, '人次', true],
    ['吸引上万名游客', '上万名', 10000, '名', true],
    ['牲畜存栏300万头只以上', '300万头只以上', 3000000, '头只', true],
    ['带动近万户增收', '近万户', 10000, '户', true],
    ['万亩草场划区轮牧', '万亩', 10000, '亩', false],
    ['接待游客万余人次', '万余人次', 10000, '人次', true],
    ['筹集资金亿多元', '亿多元', 100000000, '元', true],
    ['吸引游客10万+人次', '10万+人次', 100000, '人次', true],
    ['游客过万人次', '过万人次', 10000, '人次', true],
    ['建成千亩果园', '千亩', 1000, '亩', false],
    ['打造百亩示范田', '百亩', 100, '亩', false],
    ['骆驼存栏6.5万峰', '6.5万峰', 65000, '峰', false],
    ['全村109口人', '109口人', 109, '人', false],
    ['一座3.2万人口的小镇', '3.2万人口', 32000, '人', false],
    ['品牌估值273.15亿元', '273.15亿元', 27315000000, '元', false],
  ])('%s → %s', (sentence, text, value, unit, approx) => {
    const f = one(sentence);
    expect(f).toMatchObject({ text, value, unit, approx });
  });

  it('takes the label after the figure, or the object before it', () => {
    expect(one('全盟1804个城市基层党组织中,').label).toBe('城市基层党组织');
    expect(one('联合人社部门,提供就业岗位36979个,').label).toBe('就业岗位');
    expect(one('认领了9项“揭榜挂帅”任务').label).toBe('揭榜挂帅任务');
  });

  it('counts items joined by + (1个中心+12个站点), not the numbers of a code (1+7+N)', () => {
    expect(all('构建“1个实践所+12个实践站+N个实践点”的网络').map((f) => f.value)).toEqual([1, 12]);
    expect(all('构建1+7+N体系,推行5+2模式')).toEqual([]);
    expect(all('【千万工程 乡村行】十万火急')).toEqual([]);
    expect(all('每十万人命案发案率全区最低,每100户有汽车30辆').map((f) => f.value)).toEqual([30]);
    expect(all('七八万城镇人口').map((f) => f.value)).toEqual([70000]);
  });

  it('keeps exact spans into the text', () => {
    const s = '其中,已建成拱棚31栋,种植100多亩西瓜,每棚可增收5000元左右。';
    for (const f of all(s)) expect(s.slice(f.start, f.end)).toMatch(/^\d/);
    expect(all(s).map((f) => s.slice(f.start, f.end))).toEqual(['31栋', '100多亩', '5000元左右']);
  });
});

describe('extractFigures: what each hedge says', () => {
  it.each([
    ['累计收集民情民意1.1万余条。', 'over'], ['有望突破100万元。', 'over'], ['增加纯收入5000元左右。', 'about'], ['接待群众超150人次,', 'over'],
    ['累计吸纳近千名大学生党员', 'nearly'], ['约300名群众参加', 'about'], ['带动数百名群众', 'over'], ['发放补贴最高5000元', 'up-to'],
    ['不到30户的小村', 'under'], ['培训农牧民200人以上', 'over'], ['为30名就业困难群众提供岗位', null], ['将近50名志愿者', 'nearly'],
    ['日接待游客最高达到21万人次', 'up-to'], ['每户最多达5000元', 'up-to'],
    ['每户补贴不超过100元', 'up-to'], ['每村至少3名', 'over'], ['不少于5次', 'over'], ['贫困发生率低于1%', 'under'], ['产值过亿元', 'over'],
    // A 余 or 多 written with the numeral binds tighter than a word before it.
    ['服务群众近30余万人次', 'over'], ['组织志愿者约50多人', 'over'],
  ])('%s → %s', (sentence, hedge) => {
    const [f] = all(sentence);
    expect(f.hedge).toBe(hedge);
    expect(f.approx).toBe(hedge !== null);
  });
});

describe('extractFigures: ranges', () => {
  it.each([
    // Two neighbouring Chinese digits are "this or that many"; a unit after them scales both.
    ['每天能收入两三百元钱', '两三百元', 200, 300, '元'],
    ['来了三四十人', '三四十人', 30, 40, '人'],
    ['五六千元的收入', '五六千元', 5000, 6000, '元'],
    ['七八个嘎查', '七八个', 7, 8, '个'],
    ['一两万元', '一两万元', 10000, 20000, '元'],
    ['二三十户牧民', '二三十户', 20, 30, '户'],
    ['三五户一组', '三五户', 3, 5, '户'],
    ['约三四十人参加', '三四十人', 30, 40, '人'],
    // Two numbers joined: a multiplier after the second scales the first too, unless the first has its own.
    ['每天提供6-10个菜', '6-10个', 6, 10, '个'],
    ['投资3至5万元', '3至5万元', 30000, 50000, '元'],
    ['投资3万至5万元', '3万至5万元', 30000, 50000, '元'],
    ['20~30人参加', '20~30人', 20, 30, '人'],
    ['补贴200—300元', '200—300元', 200, 300, '元'],
    ['三到五人一组', '三到五人', 3, 5, '人'],
    ['每户0.5-1亩', '0.5-1亩', 0.5, 1, '亩'],
    // The unit written on both bounds.
    ['每亩增收200元至300元', '200元至300元', 200, 300, '元'],
    ['投资3万元至5万元', '3万元至5万元', 30000, 50000, '元'],
    ['新建服务站三个到五个', '三个到五个', 3, 5, '个'],
  ])('%s → %s', (sentence, text, value, high, unit) => {
    expect(one(sentence)).toMatchObject({ text, value, high, unit, hedge: 'range', approx: true });
  });

  it('reads no range, and no false number, in dates, years, codes and other digit pairs', () => {
    expect(all('2023-05-06有20人').map((f) => [f.value, f.high])).toEqual([[20, undefined]]);
    expect(all('二〇二三年有5人').map((f) => f.value)).toEqual([5]);
    expect(all('一百零五人')).toMatchObject([{ value: 105, hedge: null }]);
    expect(all('价格是一块八一斤')).toEqual([]);
    expect(all('5至3人')).toMatchObject([{ value: 3, hedge: null }]);
    expect(all('七八十年代的老房子')).toEqual([]);
    // Two figures of different units, or a second no higher, stay two.
    expect(all('收入200元至300人').map((f) => [f.value, f.unit, f.high])).toEqual([[200, '元', undefined], [300, '人', undefined]]);
    expect(all('从300元到200元').map((f) => [f.value, f.high])).toEqual([[300, undefined], [200, undefined]]);
    // From one figure to another is a change, not a range.
    expect(all('人均收入从3000元到5000元').map((f) => [f.value, f.high])).toEqual([[3000, undefined], [5000, undefined]]);
    expect(all('由200元至300元').map((f) => [f.value, f.high])).toEqual([[200, undefined], [300, undefined]]);
  });
});

describe('extractFigures: labels are whole words', () => {
  it('never starts a label inside a word or with a function or time word', () => {
    expect(one('开展精神文明宣传文化等活动30多次').label).toBe('文明宣传文化等活动');
    expect(one('创造了价值100万元').label).toBe('价值');
    expect(one('村集体经济收入增长20%').label).toBe('村集体经济收入增长');
    expect(one('同比增长20%').label).toBe('');
    expect(one('每平方公里不足5人').label).toBe('每平方公里');
    expect(one('全旗一般公共预算收入累计完成15037万元').label).toBe('全旗一般公共预算收入');
  });
});

describe('extractFigures: what is not a figure', () => {
  it.each([
    ['2023年7月3日一大早'], ['78岁独居老人'], ['有着35年党龄的退休老党员'], ['党龄30余年的老党员'], ['驻村第一书记王呈'],
    ['1.坚持党的领导'], ['将“六治”建强网格治理'], ['创建“五共”模式'], ['开展“1+7+N”政策宣传'], ['助力“三个在一”建设'],
    ['构建1+7+N体系'], ['百家宴、睦邻节'], ['一名党员就是一面旗帜'], ['“85后”干部'], ['15分钟左右到您家'], ['为期一个月的走访'],
    ['依据《2023年实施细则》'], ['学习党的二十大精神'], ['五一街办事处'], ['24小时不打烊'],
    ['开通5G基站'], ['马上万众一心'], ['万众一心'], ['10kV线路改造'], ['千头万绪'], ['万人空巷'], ['千家万户'], ['三分之一的农户'], ['占全村4分之3'], ['听二人台'], ['三位一体的模式'], ['集丰、八台沟、东小河'], ['住在五家子'], ['坐一个多小时高铁'], ['用了3个半月'], ['种畜场五分场项目区'], ['林场二分场'], ['汽车零部件有限公司'], ['大耗来沟村二组位于乡西北部'], ['富强嘎查3组的牧民'],
  ])('%s', (s) => {
    expect(all(s)).toEqual([]);
  });
});

describe('extractFigures: robustness', () => {
  it('never throws and returns ordered, in-range, non-overlapping spans on any text', () => {
    const alphabet = fc.constantFrom(...'0123456789.,万亿余多近超约个名元%年第“”《》+一二两十百千 平方米人次');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')), (s) => {
      const figs = all(s);
      let last = 0;
      for (const f of figs) {
        expect(f.start).toBeGreaterThanOrEqual(last);
        expect(f.end).toBeGreaterThan(f.start);
        expect(f.end).toBeLessThanOrEqual(s.length);
        expect(Number.isFinite(f.value)).toBe(true);
        last = f.end;
      }
    }));
  });

  it.each([
    ['100k digits', '1'.repeat(100_000)], ['100k 万', '万'.repeat(100_000)], ['1万 × 50k', '1万'.repeat(50_000)],
    ['100k hedges', '近'.repeat(100_000) + '1名'], ['unclosed quotes', '“'.repeat(50_000) + '三个' + '”'.repeat(50_000)],
    ['nested brackets', '(('.repeat(50_000) + '5名' + '))'.repeat(50_000)], ['list dots', '1.'.repeat(100_000)],
    ['十余 × 100k', '十余'.repeat(100_000)], ['quotes after figures', ('为30名群众提供岗位,' + '“'.repeat(20)).repeat(30_000)],
  ])('gives ordered, non-empty spans inside the text and finite values on adversarial input: %s', (_name, s) => {
    let end = 0;
    for (const f of all(s)) {
      expect(f.start).toBeGreaterThanOrEqual(end);
      expect(f.end).toBeGreaterThan(f.start);
      expect(f.end).toBeLessThanOrEqual(s.length);
      expect(Number.isFinite(f.value)).toBe(true);
      end = f.end;
    }
  });

  it('reads 1 MB of real-looking text and finds every figure', () => {
    const big = '截至目前,全盟1804个城市基层党组织中,已有1339名党组织书记签订项目。'.repeat(28_000);
    expect(big.length).toBeGreaterThan(1_000_000);
    expect(all(big)).toHaveLength(56_000);
  });
});
