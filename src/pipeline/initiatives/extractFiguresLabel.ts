/**
 * What a figure counts, read from the words next to it: the noun after it (30名“就业困难群众”),
 * or, when the figure closes its clause, the object before it (提供“就业岗位”36979个).
 */
import { FIGURE_WORDS } from './extractFiguresUnits.ts';

/** Verbs that end a label read forward or start one read backward (two characters, so nouns survive). */
const VERBS = new Set([
  '围绕', '参加', '参与', '提供', '开展', '组建', '实现', '签订', '进行', '获得', '通过', '得到', '成为', '作为',
  '发放', '建成', '建立', '解决', '收集', '化解', '完成', '组织', '培训', '帮助', '接待', '整合', '新建',
  '成立', '增收', '增长', '带动', '吸纳', '覆盖', '累计', '共有', '已有', '达到', '创建', '认领', '明确', '购买',
  '兑换', '引进', '推动', '扶持', '慰问', '走访', '签约', '报送', '发布', '举办', '选派', '评上', '争取', '投入',
  '设立', '打造', '惠及', '受益', '辐射', '提升', '开设', '参训', '安置', '种植', '养殖', '修建', '铺设', '增加', '有望', '相距', '选派', '达到', '压降',
]);
/** One-character links that end a forward label once it has two characters (在职党员 keeps its 在). */
const LINKS = new Set(['达', '有', '是', '为', '向', '到', '在', '从', '对', '和', '与', '及', '等', '被', '将', '共', '均', '都', '也', '就', '正', '了', '已']);
/** Trailing characters dropped from a label (党组织中 → 党组织). */
const TRAILING = new Set(['中', '里', '内', '的', '上', '下', '达', '至', '到', '有', '是', '为', '约', '共', '已', '就', '才', '能', '可', '了']);
/** Verbs that are nouns just as often; they do not end a forward label (城市基层党组织). */
const NOUNISH = new Set(['组织', '培训']);
/** Quotation marks are skipped inside a forward label (9项“揭榜挂帅”任务). */
const QUOTES = new Set(['“', '”', '‘', '’', '"', '「', '」']);
/** Characters that can be part of a label. */
const isLabelChar = (c: string): boolean => /[\u3400-\u9fffA-Za-z]/.test(c);

function verbAt(s: string, i: number, links: boolean): string {
  const two = s.slice(i, i + 2);
  if (two.length === 2 && VERBS.has(two) && !(links && NOUNISH.has(two))) return two;
  return links && LINKS.has(s[i]) ? s[i] : '';
}

/** Noun phrase right after `i` (a leading 的 skipped), cut at the first verb after its first two characters. */
export function labelAfter(s: string, i: number, limit: number): string {
  let j = i;
  if (s[j] === '的') j++;
  const from = j;
  let label = '';
  let full = false;
  const stop = Math.min(limit, i + 2 * FIGURE_WORDS.maxLabel + 1);
  while (j < stop) {
    if (QUOTES.has(s[j])) { j++; continue; }
    if (!isLabelChar(s[j]) || (label.length >= 2 && verbAt(s, j, true))) break;
    if (label.length === FIGURE_WORDS.maxLabel) { full = true; break; }
    label += s[j++];
  }
  // A label cut by length alone ends at the last word boundary, never inside a word.
  if (full) label = label.slice(0, lastBoundary(s.slice(from, j + 4).replace(/[“”‘’"「」]/g, ''), label.length));
  return trimLabel(label);
}

/**
 * The clause's object before `i`: the Chinese run back to punctuation, after its last verb; when the verbs run right up
 * to the number (预算收入累计完成15037万元), what is counted is their subject before them.
 */
export function labelBefore(s: string, i: number, floor: number): string {
  let j = i;
  while (j > floor && i - j < FIGURE_WORDS.maxLabel + 6 && isLabelChar(s[j - 1])) j--;
  const run = s.slice(j, i);
  const object = objectOf(run);
  if (object) return object;
  let end = run.length;
  while (end >= 2 && VERBS.has(run.slice(end - 2, end))) end -= 2;
  return end < run.length ? objectOf(run.slice(0, end)) : '';
}

/** The object in a run of label characters: what follows its last verb (or 了), at most the longest label. */
function objectOf(run: string): string {
  let cut = 0;
  for (let k = 0; k < run.length - 1; k++) {
    const v = verbAt(run, k, false);
    if (v && k + v.length < run.length) cut = k + v.length;
    // Verb + 了 + object: the object starts after the aspect particle, whatever the verb.
    if (run[k] === '了' && k >= cut) cut = k + 1;
  }
  // A label longer than the limit starts at the first word boundary that fits, never inside a word.
  if (run.length - cut > FIGURE_WORDS.maxLabel) cut = firstBoundary(run, run.length - FIGURE_WORDS.maxLabel);
  return trimLabel(run.slice(cut));
}

const words = new Intl.Segmenter('zh', { granularity: 'word' });
/** Offsets of the word boundaries of `text` (dictionary segmentation, as ICU gives it). */
function boundaries(text: string): number[] {
  return [...words.segment(text)].map((w) => w.index).concat(text.length);
}
/** The last word boundary of `text` at or before `at`. */
const lastBoundary = (text: string, at: number): number => boundaries(text).filter((b) => b <= at).at(-1) ?? 0;
/** The first word boundary of `text` at or after `at`. */
const firstBoundary = (text: string, at: number): number => boundaries(text).find((b) => b >= at) ?? text.length;

/** Function words that cannot open a noun phrase (了价值, 到今年). */
const LEADING = new Set(['了', '的', '到', '把', '被', '让', '给', '对', '向', '和', '与', '及', '并', '且', '或', '等']);
/** Time words that say when, not what (今年, 年底). */
const TIME = /^(今年|去年|明年|前年|当年|目前|现在|年底|年初|年内|今年底|同期|同比|以来)/;

function trimLabel(t: string): string {
  let out = t;
  for (let again = true; again && out.length > 0;) {
    again = false;
    if (LEADING.has(out[0])) { out = out.slice(1); again = true; }
    const time = TIME.exec(out);
    if (time) { out = out.slice(time[0].length); again = true; }
  }
  // 村里 and 党组织中 lose their place word, but 公里 and 千里 keep theirs: a unit of length is part of the label.
  while (out.length > 1 && TRAILING.has(out[out.length - 1]) && !(out.endsWith('里') && '公千英华'.includes(out[out.length - 2]))) out = out.slice(0, -1);
  // A lone verb (增长, 达到) says what happened, not what is counted.
  if (VERBS.has(out)) return '';
  return out.length >= 2 ? out : '';
}
