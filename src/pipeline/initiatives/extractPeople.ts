/**
 * Named people with the role the text gives them (社区党支部书记韩晶焱, 党支部书记 宋庆林).
 * Conservative: a name is taken only between a role word and a word that ends it (说, 介绍, 在, punctuation …).
 */
import { byFirstChar } from '../text/charTable.ts';
import type { Person } from '../../contract/index.ts';
import type { Span } from '../types.ts';

export const PEOPLE_WORDS = {
  /** Words that end a role; the name follows them. Longest first. */
  roles: ['主任科员', '理事长', '董事长', '副书记', '副主任', '副部长', '负责人', '网格员', '嘎查达', '书记', '主任',
    '部长', '局长', '队长', '科长', '镇长', '乡长', '县长', '旗长', '市长', '盟长', '主席', '站长', '所长', '院长',
    '馆长', '校长', '常委', '会长', '经理', '组长', '团长', '干事', '村民', '居民', '牧民', '党员'],
  /** Words that may follow a name. */
  after: ['说', '介绍', '表示', '告诉', '通过', '接受', '手持', '感慨', '高兴', '兴奋', '信心', '由衷', '笑', '专门',
    '认真', '一行', '组织', '领着', '坦言', '深有', '自豪', '激动', '乐呵呵', '笑呵呵', '感动', '动情', '首先', '积极', '多次',
    '亲自', '再次', '始终', '每天', '走进', '回复', '感激', '指出', '带领', '带着', '正在', '在', '正', '对', '将',
    '从', '是', '等', '也', '和', '与', '向', '为', '有', '就', '又', '还', '已', '便', '都', '讲', '谈'],
  /** Common surnames (ambiguous ones such as 党, 和, 向, 时 left out); other names need a speech verb after them. */
  surnames: '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝游辛靳柴蒙鲍喻祁蒲房滕屈饶牟艾尤阳穆卓缪芦褚娄窦戚岑卜冷晏席卫米柏宗瞿桂佟臧闵苟邬卞姬师仇栾隋刁荣巫寇桑郎甄丛仲虞敖巩佘迟邝廉玄满宝从',
  /** Verbs of speech that confirm a name without a common surname (赛音格勒接受记者采访, 巴依尔其木格说). */
  speech: ['说', '介绍', '表示', '告诉', '坦言', '指出', '接受', '谈到', '感慨'],
  /** Roles that are not offices; their names need a common surname. */
  plainRoles: ['村民', '居民', '牧民', '党员'],
  /** Characters never found in a name. */
  notInName: '的了们和是在等有也这那个说',
  maxName: 6,
  /** Longest role phrase kept (the unit before the role word). */
  maxRole: 24,
} as const;

const PUNCT = new Set([',', ',', '。', '、', ';', ';', ':', ':', '!', '!', '?', '?', '(', '(', ')', ')', '“', '”', ' ', '\n', '…', '—']);
const ROLE_STOP = new Set([',', ',', '。', ';', ';', ':', ':', '!', '!', '?', '?', '“', '”', '‘', '’', '(', '(', ')', ')', '\n', '…', ' ', '—']);
const isHan = (c: string | undefined): boolean => c !== undefined && c >= '\u4e00' && c <= '\u9fff';

function endsName(s: string, i: number): boolean {
  if (i >= s.length || PUNCT.has(s[i])) return true;
  return PEOPLE_WORDS.after.some((w) => s.startsWith(w, i));
}

const validChar = (c: string | undefined): boolean => isHan(c) && !PEOPLE_WORDS.notInName.includes(c as string);

function nameAt(s: string, i: number, limit: number, plain: boolean): string {
  if (s[i] === ' ') i++;
  if (!validChar(s[i]) || PEOPLE_WORDS.after.some((w) => s.startsWith(w, i))) return '';
  const surname = PEOPLE_WORDS.surnames.includes(s[i]);
  if (plain && !surname) return '';
  if (!surname && '小老大'.includes(s[i])) return ''; // 小张, 老李: nicknames, not names
  // Han names with a common surname have two or three characters; others (Mongolian names) must be closed by a speech verb.
  const max = surname ? 3 : PEOPLE_WORDS.maxName;
  for (let len = 2; len <= max && i + len <= limit; len++) {
    if (!validChar(s[i + len - 1])) return '';
    const closes = surname ? endsName(s, i + len) : len >= 3 && PEOPLE_WORDS.speech.some((w) => s.startsWith(w, i + len));
    if (closes) return s.slice(i, i + len);
  }
  return '';
}

function roleBefore(s: string, end: number, floor: number): string {
  let a = end;
  while (a > floor && end - a < PEOPLE_WORDS.maxRole && !ROLE_STOP.has(s[a - 1])) a--;
  let phrase = s.slice(a, end);
  // 街道党工委副书记、办事处主任 is one person's two offices; 苏木党委书记傲日格乐、嘎查党支部书记 lists two people, the
  // first ending with a name, not an office: the role is then what follows the 、.
  const list = phrase.lastIndexOf('、');
  if (list > 0 && !PEOPLE_WORDS.roles.some((r) => phrase.slice(0, list).endsWith(r))) phrase = phrase.slice(list + 1);
  // 正在值班的网格员 → 网格员: the role is what follows the last 的.
  return phrase.slice(phrase.lastIndexOf('的') + 1).replace(/^(在|据|由|是|经|让|请|和|与)/, '');
}

/** Role words by first character (longest first, as listed), and those characters as a table the scan tests first. */
const ROLES = byFirstChar(PEOPLE_WORDS.roles, (r) => r);

const OPEN_DOUBLE = '“'.charCodeAt(0);
const OPEN_SINGLE = '‘'.charCodeAt(0);

/** The first of `roles` written at `i`, or undefined: a plain loop, as this runs at every character a role may begin with. */
function roleAt(s: string, i: number, roles: readonly string[]): string | undefined {
  for (const r of roles) if (s.startsWith(r, i)) return r;
  return undefined;
}

export function extractPeople(clean: string, span: Span): Person[] {
  const out: Person[] = [];
  const seen = new Set<string>();
  for (let i = span.start; i < span.end; i++) {
    const c = clean.charCodeAt(i);
    if (!ROLES.firsts.has(c)) continue;
    const role = roleAt(clean, i, ROLES.groups.get(c)!);
    if (!role) continue;
    const end = i + role.length;
    const before = clean.charCodeAt(i - 1);
    if (before === OPEN_DOUBLE || before === OPEN_SINGLE) continue; // “书记项目” is a name of a programme, not a person
    const name = nameAt(clean, end, span.end, (PEOPLE_WORDS.plainRoles as readonly string[]).includes(role));
    if (!name || seen.has(name)) { i = end - 1; continue; }
    seen.add(name);
    out.push({ name, role: roleBefore(clean, end, span.start) });
    i = end + name.length - 1;
  }
  return out;
}
