/**
 * Page furniture of newspaper pages and web copies: lines that belong to the page, not to any article —
 * breadcrumbs (首页 > 新闻 > 正文), font-size widgets (大 中 小), source and date lines (来源:… 2024-07-01 07:02),
 * editor credits, print/share/close buttons, a dispatch line that only repeats the headline above it (…电 题:…).
 * normaliseText blanks them, so they never reach a title, a summary, a figure or a place.
 */

/** Lines that open with these words are furniture (checked on simplified, width-folded text). */
const OPENERS = new RegExp('^(?:' + [
  '版权声明', '(?:郑重|免责)?声明[::]', '阅读原文', '原文链接',
  // Credits of an official account's post, set off by a bar (来源丨某旗融媒体中心, 编辑 | 张三, 终审丨李四), and its prompts.
  '(?:来源|编辑|审核|初审|复审|终审|监制|责编|校对|供稿|图片|摄影|视频|统筹|策划|出品)\\s*[|丨｜]', '点击(?:上方)?蓝字', '长按识别', '投稿邮箱', '微信扫一扫',
  '责任编辑', '责编', '本版编辑', '编辑[::]', '校对', '审核[::]', '审校',
  '(?:资料|消息|信息|文章|新闻|稿件)?来源[::]', '[((](?:来源|责任编辑)', '(?:发布|更新|发稿|录入)?(?:时间|日期)[::]',
  '原标题[::]', '【?字[体号](?:大小)?[::]', '分享到', '打印本页', '【打印】', '\\[打印\\]', '关闭窗口', '【关闭】', '返回顶部', '【收藏】', '\\[+收藏\\]+', '\\[列印\\]', '扫一扫', '浏览次数', '阅读次数',
  '点击数', '上一篇', '下一篇', '(?:当前)?报纸名称[::]', '版面[::]', '版次[::]', '第\\s*[A-Za-z]{0,3}\\d{1,3}\\s*版\\s*[::]', '《\\s*人民日报\\s*》', '\\[摘要\\]', '【摘要】', '首页\\s*[>›»]', '您?当前的?位置', '您的位置', '您现在的位置', '打印页面',
].join('|') + ')');

/** A date, optionally with a time: 2024-07-01 07:02:09, 2019年04月04日09:49, 18-11-19 08:14. */
const DATE_TIME = /(?:\d{4}|\d{2})\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?/g;
/** Font-size and view widgets: 大 中 小, 小字号, 默认 大号. */
const WIDGET = /^[【\[]?\s*(?:字号|字体)?[::]?\s*(?:(?:大|中|小)(?:字号)?\s*[|/]?\s*){2,3}[】\]]?$|^(?:大|小)字号$/;
/** A font-size widget drawn with letters (A+ A-, A+ A A-). */
const LETTER_WIDGET = /^(?:A[+-]?\s*){2,3}$/;
/** Heads of a box of links to other stories: the headlines listed under one are furniture too (see furnitureRanges). */
const LINK_BOX_HEADS = ['相关推荐', '相关新闻', '相关阅读', '推荐阅读', '热点推荐', '热点新闻', '更多新闻', '往期推荐', '往期回顾'];
/**
 * Buttons, platform names and link-box heads of a web page (微信 微博 抖音, 相关推荐, 下载APP 报料 关于, 返回目录 版面导航): a line
 * made of nothing else carries no news.
 */
const UI_WORDS = ['官方微信', '官方微博', '二维码', '微信', '微博', '抖音', '快手', '视频号', '今日头条', '头条号', 'QQ空间', 'QQ', '空间', 'APP', '客户端', '搜索',
  '登录', '注册', '下载', '报料', '关于我们', '关于', '联系我们', ...LINK_BOX_HEADS,
  '融媒矩阵', '扫码关注', '分享', '收藏', '点赞', '评论', '举报', '打印', '关闭', '保存', '返回目录', '标题导航', '版面导航',
  '上一版', '下一版', '返回', '首页', '更多', '设为首页', '收藏本站', '加入收藏', '打开', 'English', '无障碍链接', '无障碍',
  '简体', '繁体', '滚动新闻', '网站地图', '分享到', '转播到', '腾讯微博', '新浪微博', '搜狐微博', '网易微博', 'Qzone', '人人网', '豆瓣', '复制链接', '链接已复制', '在看'];
const UI_LINE = new RegExp(`^[•·*-]?\\s*(?:(?:${UI_WORDS.join('|')})[\\s|丨/·•:：,，、]*)+$`, 'i');
/** The same buttons anywhere in a line (a date line with share buttons after it). */
const UI_ANYWHERE = new RegExp(`(?:${UI_WORDS.join('|')})`, 'gi');
/**
 * A line that is only a list number (1.), marks with no letter or digit (•, #, |, ---|---), or a Markdown image (![]()):
 * no text.
 */
const EMPTY_MARK = /^\d{1,2}[.、]$|^[^\p{L}\p{N}]+$|^!\[[^\]]*\]\([^)]*\)$/u;
/** An e-mail address alone, perhaps labelled (邮箱:admin@example.com): a page's contact box. */
const EMAIL = /^(?:(?:电子)?邮箱|E-?mail)?[::]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i;
/** A picture's placeholder note alone ((相关资料图), (资料图片), (图片来源:某网)): the picture is not in the text. */
const PICTURE_NOTE = /^[((【\[](?:相关)?(?:资料图片?|图片来源[::][^))】\]]{0,20}|视频截图)[))】\]]$/;
/** The end mark of an official account's post (END, - END -). */
const END_MARK = /^[-—–\s]*END[-—–\s]*$/i;
/** A calendar widget's week row (日 | 一 | 二 | 三 | 四 | 五 | 六 |). */
const WEEK_ROW = /^(?:[日一二三四五六]\s*[|\s]\s*){6}[日一二三四五六]\s*\|?$/;
/** A site's greeting (欢迎访问某某网!, 欢迎光临某某政府网站): the page's, not the article's. */
const GREETING = /^欢迎(?:访问|光临|登录|进入)[^。,，]{0,30}(?:网|网站|平台|门户|主页)[!！。]?$/;
/** A phone or fax number alone, perhaps labelled (400-123-4567, 广告热线:0471-1234567): a page's contact box. */
const PHONE = /^(?:\p{Script=Han}{0,4}(?:电话|热线|传真|手机)[::]?\s*)?(?:\+\d{1,3}[-\s]?)?(?:\(?\d{3,4}\)?-\d{3,8}(?:-\d{4})?|1[3-9]\d{9})$/u;
/**
 * A menu bar or a breadcrumb set with spaces: three or more short words, one of them the home page or site map (新农首页
 * 农业新闻 致富信息 网站地图, 首页 资讯 正文), or six or more words of a channel's length (新闻 产经 财经 智库 访谈 专题).
 */
const isMenu = (t: string): boolean => {
  const words = t.split(/\s+/);
  if (words.length >= 6 && words.every((w) => /^[^\s\d,,。;;!?!?()()]{1,4}$/.test(w))) return true;
  return words.length >= 3 && words.every((w) => /^[^\s,,。]{1,6}$/.test(w)) && words.some((w) => /首页|网站地图/.test(w));
};
/** A web copy's page numbers (1 2 3 4 5). */
const PAGER = /^\d{1,2}(?:\s+\d{1,2}){2,}$/;
/** The outlet's name alone on its line (新华网, 内蒙古日报); a bare …网 is a headline word too (织密一张网), so only known ones. */
const OUTLET = /^(?:\p{Script=Han}{1,8}(?:新闻网|日报|晚报|新闻频道|客户端)|新华网|人民网|光明网|央视网|央广网|中新网|中国网|正北方网|北疆网)$/u;
/** What may stand beside a date on a date line: separators, an outlet or a source, the page (第03版), the weekday. */
const DATE_COMPANION = /来源|网|报|社|版|星期|^[\s|丨/·]*$/;
/** Where a wire dispatch repeats the headline, after its place and date: 中新网呼伦贝尔6月29日电 题:…; items read it too. */
export const DISPATCH_HEADLINE = /电\s*(?:[((][^()()]{0,12}[))]\s*)?题[::]\s*/;
/** A dispatch line that only repeats the headline. */
const DISPATCH_TITLE = new RegExp(`^[^,,。]{0,30}${DISPATCH_HEADLINE.source}`);
/** A lead-in of a long line that names the source before the article runs on: "消息来源:四川在线 ". */
const SOURCE_PREFIX = /^(?:资料|消息|信息|文章|新闻|稿件)?来源\s*[::|丨｜]\s*[^\s,,。]{1,20}\s+/;

const MAX_LINE = 200;

/** A dispatch line that only repeats the headline (…电 题:…, no sentence): furniture below a headline, the headline alone. */
const isDispatchHeadline = (t: string): boolean => DISPATCH_TITLE.test(t) && !t.includes('。');

/** Whether a whole line (trimmed) is page furniture, the dispatch line with the headline aside (see furnitureRanges). */
export function isFurnitureLine(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > MAX_LINE) return false;
  // A source line is furniture, unless it only leads into the article on the same line.
  if (OPENERS.test(t) && (!t.includes('。') || !SOURCE_PREFIX.test(t))) return true;
  if (WIDGET.test(t) || LETTER_WIDGET.test(t) || OUTLET.test(t) || PAGER.test(t) || UI_LINE.test(t) || EMPTY_MARK.test(t)) return true;
  if (GREETING.test(t) || PHONE.test(t) || EMAIL.test(t) || WEEK_ROW.test(t) || PICTURE_NOTE.test(t) || END_MARK.test(t) || isMenu(t)) return true;
  if (isBreadcrumb(t)) return true;
  // A date line: a date (with a clock time, or beside an outlet or source name) and no sentence.
  const undated = t.replace(DATE_TIME, '');
  if (undated === t) return false;
  const rest = undated.replace(UI_ANYWHERE, '');
  if (rest.length > 30 || /[。,,;;!?!?]/.test(rest)) return false;
  return /\d:\d\d/.test(t) || DATE_COMPANION.test(rest);
}

/** A link box's head alone on its line (相关新闻:). */
const LINK_BOX_HEAD = new RegExp(`^(?:${LINK_BOX_HEADS.join('|')})[::]?$`);
/** A linked headline: short, with no sentence in it. */
const isLinkTitle = (t: string): boolean => t.length <= 40 && !/[。!?！？]/.test(t);

/** 首页 > 新闻频道 > 正文: three or more short pieces joined by >. */
function isBreadcrumb(t: string): boolean {
  const parts = t.split(/\s*[>›»]\s*/);
  return parts.length >= 3 && parts.every((p) => p.length <= 12 && !/[。,,]/.test(p));
}

/**
 * [start, end) of the text to blank: whole furniture lines (their line breaks stay) and source lead-ins. A dispatch line
 * with the headline (…电 题:…) stays when nothing but furniture stands above it: the copy then prints no other headline.
 */
export function furnitureRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  let content = false;
  let links = false;
  let linked = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const t = line.trim();
    const dispatch = isDispatchHeadline(t);
    // Under a link box's head (相关新闻:), headlines of other stories follow, one a line, until a blank line after them or
    // a line of running text.
    links &&= t === '' ? linked === 0 : isLinkTitle(t);
    if (links && t !== '') { ranges.push([start, end]); linked++; }
    else if (dispatch ? content : isFurnitureLine(line)) {
      ranges.push([start, end]);
      links = LINK_BOX_HEAD.test(t);
      linked = 0;
    } else {
      content ||= t !== '';
      const lead = line.length - line.trimStart().length;
      const prefix = SOURCE_PREFIX.exec(line.slice(lead));
      if (prefix) ranges.push([start + lead, start + lead + prefix[0].length]);
    }
    start = end + 1;
  }
  return ranges;
}
