/**
 * Cuts a page into blocks (its non-empty lines) and says what each looks like: byline, photo caption,
 * brief, ◎ mark, Markdown heading, short title-like line, list line, page furniture, or body text.
 */
import type { Span } from '../types.ts';
import { DISPATCH_HEADLINE, isFurnitureLine } from '../text/normaliseTextFurniture.ts';

export type BlockKind = 'byline' | 'caption' | 'brief' | 'mark' | 'heading' | 'title' | 'list' | 'furniture' | 'body';

export interface Block extends Span {
  kind: BlockKind;
  /** The line without its marker (◎, #, ◆, □) and surrounding spaces, as a span and as text. */
  content: Span;
  text: string;
  /** Line breaks between this block and the one before (1 = the very next line). */
  gap: number;
  /** A column or box name rather than a headline (◎ marks, known section labels). */
  label: boolean;
  /** The page's first line of text, standing alone: a web copy's headline whatever its length. */
  opensPage?: boolean;
  /** The mark a ◎ or □/■ line opened with. */
  mark?: string;
}

/** One to five names of two to four characters, apart by spaces or a list comma (高平 王潇, 陈旭、李放). */
const NAMES = '[\\p{Script=Han}·]{2,4}(?:(?:\\s+|\\s*[、,,]\\s*)[\\p{Script=Han}·]{2,4}){0,4}';
/** A credit: the outlet (up to twelve characters), 记者 or 通讯员, and the names. */
const CREDIT = `\\p{Script=Han}{0,12}(?:记者|通讯员)\\s*${NAMES}`;
/** A second outlet's staff after a credit, named without 记者 (…记者 李新军 呼伦贝尔融媒体中心 胜利). */
const CO_CREDIT = `\\p{Script=Han}{2,12}(?:融媒体中心|新闻中心|日报社?|报社|电视台)\\s+${NAMES}`;

/** Words of a credit: who reported, wrote or photographed. */
const CREDIT_WORD = /记者|通讯员|作者|撰稿|供稿|摄|文\/|文图|图\/文/;

/** Page vocabulary, tunable in one place. */
export const BLOCK_WORDS = {
  /** Section and box names that head a column but are never a headline. */
  labels: ['初心如磐', '知行合一', '北疆党旗红', '学思践悟', '文明新风', '广角', '掠影', '微光成炬', '每周一学',
    '信息集装箱', '核心阅读', '编者按', '短评', '图片新闻', '新闻链接', '相关链接', '延伸阅读', '新闻速递', '基层动态',
    // Sections of league and banner papers and their web copies.
    '乡村振兴', '基层党建', '要闻', '综合新闻', '旗县新闻', '盟市新闻', '一线传真', '走基层', '新春走基层', '特别报道', '本地新闻'],
  /** Starts of byline lines. */
  bylineStarts: ['本报记者', '本报通讯员', '见习记者', '特约记者', '记者', '通讯员', '文/图', '文图', '作者'],
  /**
   * An outlet's reporter line without a marker (光明日报记者 高平, 中新网记者 张林虎, 新华社记者陈旭、李放, 阿拉善日报融媒体中心记者
   * 曾令飞, 光明日报记者 高平 光明日报通讯员 于舰勐, 某日报社记者 李四 某融媒体中心 王五, 作者:奥蓝, 文/张三, 文| 实践全媒体记者 李贵文).
   */
  reporterLine: new RegExp(`^(?:${CREDIT}(?:\\s+(?:${CREDIT}|${CO_CREDIT}))*|(?:作者\\s*[::]?\\s*|(?:文|撰文|文\\/图|图\\/文)\\s*[\\/|丨::]\\s*)(?:${CREDIT}|${NAMES}))$`, 'u'),
  briefMarks: '◆◇●',
  bylineMarks: '□■',
  listMarks: ['-', '•', '·', '★', '☆', '▪'],
  /**
   * A body paragraph opening like a dispatch (本报讯, 本报包头讯, 新华社…电, 某网讯(, 某网呼伦贝尔8月27日讯, 某网9月7日通辽消息):
   * the line above it is a headline, and a title taken from the lead starts past it.
   */
  newsLead: /^(?:本报(?:[^\s,,。]{1,8})?讯|新华社[^\s,,。]{1,16}电|[^\s,,。]{2,10}讯(?=\s*[((])|[^\s,,。]{2,20}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*[^\s,,。]{0,6}?(?:电|讯|消息))/,
  /** Longest line that can be a headline. */
  maxTitle: 36,
  /** Longest credit (text after the caption's last sentence) that ends with 摄. */
  maxCredit: 24,
} as const;

const SPACE = /[\s\u3000]/;
const SENTENCE_PUNCT = /[。,,;;::、]/;
const SENTENCE_END = /[。!?!?…”"]/;

export function scanBlocks(clean: string): Block[] {
  const blocks: Block[] = [];
  let lineStart = 0;
  let gap = 1;
  while (lineStart <= clean.length) {
    let lineEnd = clean.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = clean.length;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && SPACE.test(clean[s])) s++;
    while (e > s && SPACE.test(clean[e - 1])) e--;
    if (s < e) { blocks.push(classify(clean, s, e, gap)); gap = 1; } else if (blocks.length) gap++;
    lineStart = lineEnd + 1;
  }
  markPageHeadline(blocks);
  return blocks;
}

/** Characters that close a sentence; a headline does not end with one (closing quotes and brackets looked through). */
const FINAL = /[。!?!?….;;,,::、]/;

/**
 * A web copy's first line, standing alone before a blank line (or over a byline) and not ending a sentence,
 * is its headline whatever its length; a newspaper page opens with a section label instead, which is skipped.
 */
function markPageHeadline(blocks: Block[]): void {
  const at = blocks.findIndex((b) => !b.label && b.kind !== 'furniture');
  const b = blocks[at];
  const next = blocks[at + 1];
  if (!b || !next || (b.kind !== 'body' && b.kind !== 'title')) return;
  if (b.text.includes('。') || FINAL.test(b.text.replace(/[”’"')）】》]+$/, '').slice(-1))) return;
  if (next.gap < 2 && next.kind !== 'byline') return;
  b.kind = 'title';
  b.opensPage = true;
}

/**
 * A short line that opens with a dispatch (新华社…电(记者于嘉, its credit broken off by a line end) starts the lead; one
 * that carries the headline after 题: is a title.
 */
const opensLead = (text: string): boolean => BLOCK_WORDS.newsLead.test(text) && !DISPATCH_HEADLINE.test(text);

function classify(clean: string, start: number, end: number, gap: number): Block {
  const text = clean.slice(start, end);
  const first = text[0];
  const strip = (n: number): Span => {
    let s = start + n;
    while (s < end && SPACE.test(clean[s])) s++;
    return { start: s, end };
  };
  const make = (kind: BlockKind, content: Span, label = false): Block =>
    ({ start, end, kind, content, text: clean.slice(content.start, content.end), gap, label });
  if (isFurnitureLine(text)) return make('furniture', strip(0));
  // ●本报记者 杨永刚: a marked line that is a credit is the byline, not a brief.
  if (BLOCK_WORDS.briefMarks.includes(first)) return make(isBylineText(text.slice(1).trim()) ? 'byline' : 'brief', strip(1));
  if (first === '◎') return { ...make('mark', strip(1), true), mark: first };
  const marked = BLOCK_WORDS.bylineMarks.includes(first);
  // □/■ opens a byline when the line is short and credits someone; a long ■ paragraph is a brief in papers that bullet
  // briefs with it.
  // A photographer's credit on its own line right under the picture's text ends that caption.
  if (!marked && gap === 1 && /摄影?$/.test(text) && isBylineText(text)) return make('caption', strip(0));
  const short = marked && text.length <= 60 && !text.includes('。');
  if ((short && CREDIT_WORD.test(text)) || isBylineText(text)) return make('byline', strip(marked ? 1 : 0));
  // ■我的社区, ■沙漠看海 中国乌海: a short marked line that credits no one is a column's label.
  if (short) return { ...make('mark', strip(1), true), mark: first };
  if (marked) return make('brief', strip(1));
  if (first === '#') {
    let n = 0;
    while (text[n] === '#') n++;
    const content = strip(n);
    return make('heading', content, isKnownLabel(clean.slice(content.start, content.end)));
  }
  if (isCaption(text)) return make('caption', strip(0));
  if (BLOCK_WORDS.listMarks.some((m) => text.startsWith(m)) || /^\d{1,2}[.、]/.test(text)) return make('list', strip(0));
  if (isTitleText(text) && !opensLead(text)) return make('title', strip(0), isKnownLabel(text));
  return make('body', strip(0));
}

const isKnownLabel = (t: string): boolean => (BLOCK_WORDS.labels as readonly string[]).includes(t.replace(/[\s\u3000]/g, ''));

function isBylineText(t: string): boolean {
  if (t.length > 50 || t.includes('。')) return false;
  return BLOCK_WORDS.bylineStarts.some((w) => t.startsWith(w + ' ') || t.startsWith(w + '\u3000')) || BLOCK_WORDS.reporterLine.test(t);
}

/** A short line with no sentence punctuation inside (!/? allowed): a headline, subhead or label. */
export function isTitleText(t: string): boolean {
  return t.length <= BLOCK_WORDS.maxTitle && !SENTENCE_PUNCT.test(t);
}

/** A paragraph ending with a photographer's credit: “… 张泽鹏 摄”. */
export function isCaption(t: string): boolean {
  const body = t.replace(/[))]$/, '').replace(/摄影$/, '摄');
  if (!body.endsWith('摄') || body.length < 8) return false;
  let k = body.length - 1;
  while (k > 0 && body.length - k <= BLOCK_WORDS.maxCredit && !SENTENCE_END.test(body[k - 1])) k--;
  return body.length - k <= BLOCK_WORDS.maxCredit && k > 0;
}
