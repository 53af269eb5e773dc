/**
 * findPatternMentions: units the gazetteer lacks, found by their suffix (…村, …嘎查, …社区, …小区) with a
 * bounded run of name characters before it; function characters, punctuation and earlier mentions end the run.
 */
import { PIPELINE_DEFAULTS } from '../defaults.ts';
import { nameRunStart } from './nameRun.ts';
import { BORDERING_LEAD } from './neighbourWords.ts';
import { formOfSpan } from './buildMatcher.ts';
import { ledByVerb } from './notPlaceRules.ts';
import type { RawMention } from '../types.ts';
import { levelOfWritten } from '../../contract/index.ts';

/** 苏木达, 嘎查达: the head of a sumu or gacha (苏木党委副书记、政府苏木达…), unless 达 begins a verb (达到, 达成, 达标). */
const HEAD_OF_UNIT = /^达(?![到成标])/;

/**
 * Unit suffixes, longest first so 嘎查村 wins over 村; but not 嘎查村 before 民 or 委 (浩力宝嘎查|村民, 嘎查|村委会): those are
 * the gacha's villagers or committee.
 */
const SUFFIX = /嘎查村(?![民委])|嘎查|社区|苏木|街道|小区|示范区|开发区|园区|村|镇|乡/g;
/** Named areas carry long names (孪井滩生态移民示范区). */
const AREA = /^(?:示范区|开发区|园区)$/;
/** Words a one-character suffix forms compounds with (村民, 镇党委, 村集体, 村容, 乡贤): "village/town" in general. */
const COMPOUND_NEXT = /^(?:干部|党|民|集体|两委|委|里|内|务|组|庄|风|容|医|情|贤)/;
/**
 * A stem that holds a rank or is a class (十星级, 市级, 自治区级生态, 一类, 五星): 十星级嘎查 and 国家级生态村 are honours, 一类嘎查
 * a category.
 */
const RANK_STEM = /级|^[一二三四五六七八九十\d]+[星类]$/;
/**
 * The text before a suffix when it ends a slogan that makes a unit strong, rich or thriving by something (产业强镇, 生态立旗,
 * 文化兴村, 富民安镇, the programmes 农业产业强镇 and 党建强村): a policy, not a name. Read off the text, wherever the name run
 * started (党|建强村).
 */
const SLOGAN_BEFORE = /(?:产业|生态|旅游|文化|工业|农业|商贸|科技|人才|党建|教育|法治|富民|绿色|品牌|特色|项目|电商|数字|文旅|光伏)[强兴富立美安活稳]$/;
/**
 * A stem that ends by describing a kind of unit: big or small after a longer phrase (农牧业大|镇, 塞北小|村; 王大村 keeps
 * its 大), a type (学习型, 互嵌式), a model or top-ranked one (示范, 百强), a settled or gathered one (聚居, 聚集).
 */
const DESCRIBED_KIND = /(?:^\p{Script=Han}{2,}[大小]|型|式|示范|百强|聚居|聚集)$/u;
/** A villagers' group (三组, 一社, 2队) before 村民/村委: below any unit the gazetteer or the map knows, and never a village. */
const VILLAGE_GROUP = /^[一二三四五六七八九十百\d]+[组社队]$/;
/** The words of a unit's kind, from league down. */
const UNIT_WORDS = '苏木|嘎查|社区|街道|乡|镇|村|旗|县|盟|市|区';
/** A stem that is itself unit words (苏木镇, 嘎查村, 乡镇) names no unit. */
const UNIT_WORD = new RegExp(`^(?:${UNIT_WORDS})+$`);

/** Units and hedges that close a number (万元, 余人, 多户): a name run that follows a digit does not start with them. */
const FIGURE_TAIL = '万亿千百十余多元个名户人亩座栋处家次项';
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** One-character prefixes that make a longer village name of a shorter one (大|张家村, 东|达拉特村, 新|民村). */
const NAME_PREFIX = '大小东西南北前后上中下新老';
/**
 * Mongolian words that do the same in gacha names, as their Chinese spellings write them: rich (巴彦), red (乌兰), white
 * (查干), blue (呼和), black (哈日), yellow (希日), big (伊和), small (巴嘎), golden (阿拉坦), jewel (额尔敦), beautiful (赛罕),
 * east (准) and west (巴润): 阿拉腾|图古日格嘎查.
 */
const MONGOLIAN_NAME_PREFIXES = new Set([
  '巴彦', '巴音', '白音', '乌兰', '查干', '呼和', '哈日', '哈拉', '希日', '沙日', '伊和', '伊克', '巴嘎', '阿拉坦', '阿拉腾',
  '额尔敦', '赛罕', '赛音', '准', '巴润',
]);
const isNamePrefix = (p: string): boolean => (p.length === 1 && NAME_PREFIX.includes(p)) || MONGOLIAN_NAME_PREFIXES.has(p);
const VILLAGE_SUFFIX = /(?:嘎查村|嘎查|社区|村)$/;

/**
 * A known village form right after a chain link with one name prefix between them (余粮堡镇|大|张家村, 洪格尔高勒镇|阿拉腾|
 * 图古日格嘎查): the village
 * written is the longer name, which the gazetteer lacks, so the form becomes a pattern link of the chain that
 * covers the prefix. Forms stay sorted.
 */
export function prefixedLinks(clean: string, forms: RawMention[]): RawMention[] {
  let out: RawMention[] | null = null;
  for (let k = 1; k < forms.length; k++) {
    const f = forms[k];
    const prev = forms[k - 1];
    if (f.source !== 'gazetteer' || prev.source !== 'gazetteer' || f.start - prev.end > 3 || !isNamePrefix(clean.slice(prev.end, f.start))) continue;
    const suffix = VILLAGE_SUFFIX.exec(f.surface);
    if (!suffix) continue;
    out ??= [...forms];
    out[k] = { start: prev.end, end: f.end, surface: formOfSpan(clean, prev.end, f.end), source: 'pattern', suffix: suffix[0], chained: true };
  }
  if (!out) return forms;
  // The same longer name written again later without its chain (…大张家村党支部书记) is that village again, not the form's units.
  const longer = new Set(out.filter((f, k) => f !== forms[k]).map((f) => f.surface));
  for (let k = 0; k < out.length; k++) {
    const f = out[k];
    const suffix = f.source === 'gazetteer' ? VILLAGE_SUFFIX.exec(f.surface) : null;
    if (!suffix) continue;
    for (let n = 1; n <= 3 && f.start - n >= (k > 0 ? out[k - 1].end : 0); n++) {
      const prefix = clean.slice(f.start - n, f.start);
      if (!isNamePrefix(prefix) || !longer.has(prefix + f.surface)) continue;
      out[k] = { start: f.start - n, end: f.end, surface: prefix + f.surface, source: 'pattern', suffix: suffix[0], chained: false };
      break;
    }
  }
  return out;
}

/** A unit word inside a run: the run is a chain of names, not one name. */
const HAS_UNIT_WORD = new RegExp(UNIT_WORDS);

/**
 * A known village form at the end of a list item with more name characters before it (、铁力|哈达嘎查、): an item of a
 * 、 list is one name, so the village written is the longer one the gazetteer lacks, not the form's unit. Forms stay sorted.
 */
export function listItemNames(clean: string, forms: RawMention[]): RawMention[] {
  let out: RawMention[] | null = null;
  for (let k = 0; k < forms.length; k++) {
    const f = forms[k];
    const suffix = f.source === 'gazetteer' ? VILLAGE_SUFFIX.exec(f.surface) : null;
    if (!suffix) continue;
    const floor = k > 0 ? forms[k - 1].end : 0;
    const start = nameRunStart(clean, f.start, floor, PIPELINE_DEFAULTS.patternMaxStem + suffix[0].length - f.surface.length);
    if (start === f.start || start === floor || clean[start - 1] !== '、' || HAS_UNIT_WORD.test(clean.slice(start, f.start))) continue;
    out ??= [...forms];
    out[k] = { start, end: f.end, surface: formOfSpan(clean, start, f.end), source: 'pattern', suffix: suffix[0], chained: false };
  }
  return out ?? forms;
}

export function findPatternMentions(clean: string, forms: RawMention[], commonWords: ReadonlySet<string>): RawMention[] {
  const { patternMinStem, patternMaxStem, patternMaxAreaStem } = PIPELINE_DEFAULTS;
  const out: RawMention[] = [];
  const absorbed = new Set<RawMention>();
  let k = 0;
  let prev: RawMention | undefined;
  SUFFIX.lastIndex = 0;
  for (let m = SUFFIX.exec(clean); m; m = SUFFIX.exec(clean)) {
    const p = m.index;
    const q = p + m[0].length;
    while (k < forms.length && forms[k].end <= p) prev = laterOf(prev, forms[k++]);
    if (k < forms.length && forms[k].start < q) continue; // the suffix lies inside a known form
    const last = out[out.length - 1];
    if (last && last.end <= p) prev = laterOf(prev, last);
    if (clean[q] === '级' || commonWords.has(clean.slice(p, q + 1))) continue; // 村级, 乡村, 乡镇: not a unit
    if (clean.startsWith('干部', q)) continue; // 村干部: "village cadres", whatever stands before
    const maxStem = AREA.test(m[0]) ? patternMaxAreaStem : patternMaxStem;
    let start = nameRunStart(clean, p, prev?.end ?? 0, maxStem + 1);
    // A run right after a number starts with the number's unit (1485万元|建成…园区, 40多|万元整合嘎查…): no name begins with one.
    const hedged = start > 1 && (clean[start - 1] === '多' || clean[start - 1] === '余') && isDigit(clean.charCodeAt(start - 2));
    if (start > 0 && (isDigit(clean.charCodeAt(start - 1)) || hedged)) while (start < p && FIGURE_TAIL.includes(clean[start])) start++;
    // 生态管理委员会|巴总窑村, 管委会|…: a run right after 委 starts past the rest of the committee's word.
    if (clean[start - 1] === '委') start += clean.startsWith('员会', start) ? 2 : clean[start] === '会' ? 1 : 0;
    // A run longer than any name is a phrase: its start is unknown, so it cannot be a chain link.
    const phrase = p - start > maxStem;
    if (phrase) start = p - maxStem;
    // 北靠|新其日嘎嘎查, 南伴|额尔和图苏木: a direction and a word of bordering open no name.
    const bordering = BORDERING_LEAD.exec(clean.slice(start, p));
    if (bordering && p - start - bordering[0].length >= 2) start += bordering[0].length;
    let chained = !phrase && prev !== undefined && start === prev.end && prev.source !== 'not-place' && prev.source !== 'generic';
    // A place outside written with more name characters before it and a unit suffix after is part of a local name (兴安北京社区);
    // so is a bare name of the region (no unit suffix) right before a unit's suffix: 新城区|海拉尔街道 is a street of 呼和浩特,
    // 西乌珠穆沁旗|巴彦呼舒苏木 a sumu written with a variant (an area, 通辽开发区, still says where it lies).
    const adjacent = prev && prev.end === p && start === p && !absorbed.has(prev) ? prev : undefined;
    const bare = adjacent?.source === 'gazetteer' && !AREA.test(m[0]) && m[0] !== '小区' && !levelOfWritten(adjacent.surface);
    if (adjacent && (adjacent.source === 'outside' || bare)) {
      const before = laterOf(lastEndingBy(forms, k - 1, adjacent.start), lastEndingBy(out, out.length - 1, adjacent.start));
      const run = nameRunStart(clean, adjacent.start, before?.end ?? 0, patternMaxStem - (p - adjacent.start));
      // A bare name takes the characters before it only as the rest of a chain link (根河市|奥鲁古雅鄂温克民族乡).
      const s = bare && !(before && run === before.end) ? adjacent.start : run;
      if (s < adjacent.start || bare) {
        absorbed.add(adjacent);
        start = s;
        chained = before !== undefined && s === before.end && before.source !== 'not-place' && before.source !== 'generic';
      }
    }
    // 梁盖自然村: the kind of village stands between the name and its suffix, and is no part of the name; the same
    // reading as a gazetteer form's, so a name means one thing however it was found.
    const surface = formOfSpan(clean, start, q);
    const stem = surface.slice(0, surface.length - m[0].length);
    if (stem.length === 0 || UNIT_WORD.test(stem) || VILLAGE_GROUP.test(stem) || isCommon(surface, stem, commonWords) || ledByVerb(stem)) continue;
    // 十星级嘎查, 一类嘎查, 五星社区: a rank or a class a programme gives, not a name; 产业强镇: a slogan.
    if (RANK_STEM.test(stem) || SLOGAN_BEFORE.test(clean.slice(Math.max(0, p - 3), p))) continue;
    // A deputy's office (副镇长, 政府副苏木达) or a head's title names a post, not a unit.
    if (stem.endsWith('副') || ((m[0] === '苏木' || m[0] === '嘎查') && HEAD_OF_UNIT.test(clean.slice(q, q + 2)))) continue;
    // 特色小镇, 黄牛小镇: a "small town" is a brand or a description, never a township's official name; 马王之乡, 歌舞之乡,
    // 文化之村: "the home of…" is an honour; 农牧业大镇, 塞北小村, 学习型社区, 民族互嵌式社区, 进步示范社区: a kind described.
    if ((m[0] === '镇' && stem.endsWith('小')) || stem.endsWith('之') || DESCRIBED_KIND.test(stem)) continue;
    // 村干部, 镇党委, 村民: a one-character suffix before such a word is "village/town" in general, unless chained.
    if (!chained && m[0].length === 1 && COMPOUND_NEXT.test(clean.slice(q, q + 2))) continue;
    if (stem.length < patternMinStem && !(chained && (m[0] === '镇' || m[0] === '苏木'))) continue;
    out.push({ start, end: q, surface, source: 'pattern', suffix: m[0], chained });
  }
  return [...forms.filter((f) => !absorbed.has(f)), ...out].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The stem, the whole, or a two- to four-character tail (家乡, 进社区, 城区共有|老旧小区) is an ordinary word. */
function isCommon(surface: string, stem: string, words: ReadonlySet<string>): boolean {
  return words.has(stem) || words.has(surface) || words.has(surface.slice(-2)) || words.has(surface.slice(-3)) || words.has(surface.slice(-4));
}

function laterOf(a: RawMention | undefined, b: RawMention | undefined): RawMention | undefined {
  return !a || (b && b.end >= a.end) ? b : a;
}

/** The last mention of a sorted, non-overlapping list (searched back from `from`) that ends by `at`. */
function lastEndingBy(list: RawMention[], from: number, at: number): RawMention | undefined {
  for (let j = from; j >= 0; j--) if (list[j].end <= at) return list[j];
  return undefined;
}
