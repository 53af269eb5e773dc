import { describe, expect, it } from 'vitest';
import { furnitureRanges, isFurnitureLine } from './normaliseTextFurniture.ts';
import { normaliseText } from './normaliseText.ts';

describe('web page furniture', () => {
  it('recognises breadcrumbs, widgets, source and date lines, editor credits and buttons', () => {
    for (const line of ['首頁 > 新聞頻道 > 地方新闻 > 正文', '当前位置:首页 > 要闻', '【字体:大 中 小】', '小字号', '大 中 小',
      '来源:某某日报', '2023-08-21 09:12 来源:某网', '2021年3月5日 10:20', '发布时间:2022-01-01', '某某日报',
      '责任编辑:张三', '打印本页', '关闭窗口', '分享到:', '日期:01-22', '2020-04-14 15:55:32 某某新闻网',
      '当前报纸名称:某某日报', '版面:rb05 美丽青城', '2024年10月10日 第03版:', '2024年10月10日 星期四', '第03版:要闻', '第A02版:二版', '第rb06版:乡村振兴 上一版 下一版', '返回顶部', '[[收藏]]', '[列印]', '1   2   3   4   5']) {
      expect(isFurnitureLine(line), line).toBe(true);
    }
  });
  it('recognises buttons, platform names, letter widgets, empty marks and images of a web page', () => {
    for (const line of ['A+ A-', 'A+ A A-', '字体大小:A+ A A- 分享: 打印', '抖音', '微信 微博 快手 视频号', '相关推荐', '融媒矩阵',
      '下载APP 报料 关于', '返回目录 标题导航 版面导航', '• 官方微信', '二维码', '1.', '#', '•', '![]()', '![图片](a.jpg)', '设为首页 收藏本站', '首页English', '打开APP', '无障碍链接',
      '|', '---|---|---|', '欢迎访问 某某法治网!', '欢迎光临某某旗人民政府网站', '400-123-4567', '电话:0471-1234567', '传真:+86-123-4567',
      '新农首页 农业新闻 致富信息 农业技术 网站地图', '您当前的位置 : 某某新闻网 > 新闻中心 > 盟市新闻', '打印页面', '滚动新闻', '日 | 一 | 二 | 三 | 四 | 五 | 六 |', '日 一 二 三 四 五 六',
      '转播到腾讯微博', 'Qzone', '链接已复制', '来源丨某旗融媒体中心', '编辑 | 张三', '终审丨李四', '点击上方蓝字关注我们', '- END -', '分享 收藏 点赞 在看', '微信扫一扫关注该公众号', '往期推荐', '郑重声明:本文版权归原作者所有,转载仅为传播信息。', '免责声明:本站内容来自网络。', '阅读原文', '(相关资料图)', '【资料图片】', '(图片来源:某某网)', '邮箱:admin@example.com', '广告热线:0471-1234567', '首页 资讯 正文', '新闻 产经 产业 财经 智库 访谈 专题', 'E-mail: news@example.com.cn', '2023-10-20 11:37:10   来源:某某新闻网  分享 分享到搜狐微博 分享到网易微博']) {
      expect(isFurnitureLine(line), line).toBe(true);
    }
    for (const line of ['微信群里的幸福生活', '关于印发养老服务方案的通知', '1.坚持创新', '# 草原上的合作社', '分享发展成果',
      '欢迎来到乌兰牧骑的舞台', '欢迎访问团走进嘎查', '分享丰收的喜悦 草原日报社', '2024 2025 2026', '12345', '春耕 春播 春管 夏管', '草原 牧民 牛羊 春天 希望', '(4 月 2 日-4 月 29 日)', '编辑部的故事', '来源于群众', '审核通过的项目有3个。', '(资料图显示,全旗草原植被盖度提高)', '科右中旗 稻米飘香 增收致富']) {
      expect(isFurnitureLine(line), line).toBe(false);
    }
  });
  it('leaves headlines and body text alone, dates and outlet words inside them included', () => {
    for (const line of ['2024年5月1日起 这些新规开始施行', '织密一张网', '关闭一批散乱污企业', '记者了解到,今年以来该镇新建服务站3个。',
      '2021年11月7日的一场大雪,为大地披上银装。', '新华社某地6月1日电 题:草原上的合作社 记者孙八 近日,某镇建成服务站。', '2024 2025 2026']) {
      expect(isFurnitureLine(line), line).toBe(false);
    }
  });
  it('blanks a dispatch line that repeats the headline above it, but keeps one that is the copy\'s only headline', () => {
    const below = '草原上的合作社\n某社某地6 月1日电 题:草原上的合作社\n近日,某镇建成服务站3个。';
    expect(furnitureRanges(below).map(([s, e]) => below.slice(s, e))).toEqual(['某社某地6 月1日电 题:草原上的合作社']);
    const alone = '来源:某某网\n某社某地6 月1日电 题:草原上的合作社\n近日,某镇建成服务站3个。';
    expect(furnitureRanges(alone).map(([s, e]) => alone.slice(s, e))).toEqual(['来源:某某网']);
  });
  it('blanks the headlines listed under a link box, up to a blank line or running text', () => {
    const page = '某旗建成服务站3个。\n\n相关新闻:\n乙旗:牧区大学生返乡创业\n丙旗:黄河岸边种水稻\n\n责任编辑:张三';
    const kept = (t: string) => { let out = t; for (const [a, z] of furnitureRanges(t).reverse()) out = out.slice(0, a) + out.slice(z); return out; };
    expect(kept(page).replace(/\n+/g, '|')).toBe('某旗建成服务站3个。|');
    // A box's end: a blank line after its links, or a sentence.
    expect(kept('相关新闻:\n乙旗:返乡创业\n\n甲旗 近日,某镇建成服务站。').replace(/\n+/g, '|')).toBe('|甲旗 近日,某镇建成服务站。');
    expect(kept('相关阅读\n乙旗:返乡创业\n某镇今年建成服务站3个,服务群众500人次。').replace(/\n+/g, '|')).toBe('|某镇今年建成服务站3个,服务群众500人次。');
    // An official account's list of its past posts is such a box.
    expect(kept('正文。\n往期推荐\n乙旗:秋收正忙\n').replace(/\n+/g, '|')).toBe('正文。|');
  });
  it('cuts only the source lead-in of a line that runs on into the article', () => {
    const text = '消息来源:某某在线 某社某地电 近日,某镇建成服务站3个。';
    const [[s, e]] = furnitureRanges(text);
    expect(text.slice(e)).toBe('某社某地电 近日,某镇建成服务站3个。');
    expect(s).toBe(0);
    // An official account's credit set off by a bar is cut the same way.
    const post = '来源丨某旗融媒体中心 近日,某镇建成服务站3个。';
    expect(post.slice(furnitureRanges(post)[0][1])).toBe('近日,某镇建成服务站3个。');
  });
  it('blanks furniture in normaliseText (traditional and full-width too) and keeps the paragraphs apart', () => {
    const out = normaliseText('村里有了新变化\n發布時間:2023-12-12 10:06:00來源: 某網\n\n近日,村里建成文化大院。\n責任編輯:李四');
    expect(out.text).toBe('村里有了新变化\n\n\n近日,村里建成文化大院。\n');
    expect(out.text).not.toMatch(/来源|编辑|2023/);
  });
});

describe('mirror-site noise', () => {
  it('drops tone-marked pinyin set in brackets after a character, but not bracketed words or list letters', () => {
    expect(normaliseText('內(nèi)蒙古自治區(qū)某旗').text).toBe('内蒙古自治区某旗');
    expect(normaliseText('中新網(wǎng)記者 張三').text).toBe('中新网记者 张三');
    expect(normaliseText('某村(a)项目(二期)').text).toBe('某村(a)项目(二期)');
  });
});
