/**
 * notPlaceRules: general rules for a place name that is part of something else — an organisation named after
 * its place (…日报, …集团, …大学, …牧骑), a brand/slogan in quotes whose name carries no unit suffix (“颐养乌海”),
 * or a community or village described, not named (建设|和谐社区, 幸福村|创建); and the city of a wire story's dispatch line.
 */
import { stemOf } from '../../gazetteer/index.ts';

/** Words that make a preceding place name part of an organisation's name. */
export const ORGANISATION_WORDS = [
  '日报', '晚报', '报社', '电视台', '广播电视台', '融媒体', '新闻网', '党建网', '集团', '公司', '大学', '学院',
  '牧骑', '银行', '商会', '协会', '足球队', '篮球队',
];
const QUOTES: Record<string, string> = { '“': '”', '‘': '’', '"': '"', '「': '」', '《': '》' };
/** A quoted brand or slogan is short; a longer quotation is speech. */
const MAX_QUOTED = 8;

/** What follows the city of a dispatch line (新华社呼和浩特|5月27日电, 本报包头|3月5日讯): a date, then 电 or 讯. */
const DISPATCH_DATE = /^\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[电讯]/;

/** True when the name ending at `end` is the city of a dispatch line, which says where a report was filed. */
export function dispatchCity(clean: string, end: number): boolean {
  // A digit or a space comes next, or it is no dispatch line: most names are let go without a slice.
  const c = clean.charCodeAt(end);
  if (!(c >= 48 && c <= 57) && c !== 32 && c !== 9) return false;
  return DISPATCH_DATE.test(clean.slice(end, end + 16));
}

/** A road word right after a bare name (呼伦贝尔北路, 鄂尔多斯大街, 乌兰察布东街), but not a sub-district (…街道) or a crossing. */
const ROAD_AFTER = /^[东西南北中]?(?:大街|大道|路(?![口边段旁])|街(?!道)|巷)/;

/** True when a bare name (no unit suffix) is the start of a road's name, which a city names after places everywhere. */
export function roadAfter(clean: string, start: number, end: number): boolean {
  if (!ROAD_AFTER.test(clean.slice(end, end + 3))) return false;
  const surface = clean.slice(start, end);
  return stemOf(surface) === surface;
}

/**
 * Landform words after a bare name that make it a natural feature reaching far past the town of that name (巴丹吉林沙漠,
 * 西拉沐沦河). A grassland is not among them: 乌兰毛都草原 is the sumu's own.
 */
const FEATURE_AFTER = /^(?:沙漠|沙地|湖|河|国家公园|国家森林公园|国家地质公园)/;

/** The landform word when a bare name (no unit suffix) is the start of a natural feature's name, else null. */
export function featureAfter(clean: string, start: number, end: number): string | null {
  const m = FEATURE_AFTER.exec(clean.slice(end, end + 6));
  if (!m) return null;
  const surface = clean.slice(start, end);
  return stemOf(surface) === surface ? m[0] : null;
}

/** True when a name ending in 村 goes on as a villagers' group (赛汗乌素村黄河|村民小组): a group below any unit on the map. */
export function villagersGroup(clean: string, end: number): boolean {
  return clean[end - 1] === '村' && (clean.startsWith('民小组', end) || clean.startsWith('民组', end));
}

export function organisationAfter(clean: string, end: number): string | null {
  for (const w of ORGANISATION_WORDS) if (clean.startsWith(w, end)) return w;
  return null;
}

/**
 * A company's registered name: the region's name, a few name characters, then a company word (内蒙古牧名食品有限责任公司),
 * or a factory's trade before 厂 (通辽发电总厂, 包头第一热电厂, 海拉尔糖厂).
 */
const COMPANY_NAME = /^\p{Script=Han}{0,12}?(?:有限责任公司|股份有限公司|有限公司|集团|(?:发电|热电|制药|钢铁|水泥|化工|毛纺|乳品|啤酒|食品|机械|制糖|电|糖|酒)[总分]?厂(?![区房矿长街]))/u;

/** The company word when the region's name ending at `end` opens a company's name, which says nothing of where it works. */
export function companyAfter(clean: string, end: number): string | null {
  const m = COMPANY_NAME.exec(clean.slice(end, end + 20));
  return m ? m[0] : null;
}

/** The company word when a bare name (no unit suffix) opens a company's name (赤峰燕京啤酒集团, 包头钢铁集团), else null. */
export function bareCompanyAfter(clean: string, start: number, end: number): string | null {
  const surface = clean.slice(start, end);
  return stemOf(surface) === surface ? companyAfter(clean, end) : null;
}

/** True when the name (without unit suffix) stands in a short quoted phrase with other words (“颐养乌海”). */
export function insideQuotedBrand(clean: string, start: number, end: number): boolean {
  const surface = clean.slice(start, end);
  if (stemOf(surface) !== surface) return false;
  let open = -1;
  for (let k = start - 1; k >= Math.max(0, start - MAX_QUOTED); k--) {
    if (QUOTES[clean[k]]) { open = k; break; }
    if (/[\s,，。;；!?！？]/u.test(clean[k])) return false;
  }
  if (open < 0) return false;
  const close = clean.indexOf(QUOTES[clean[open]], end);
  if (close < 0 || close - open - 1 > MAX_QUOTED) return false;
  return close - open - 1 > end - start && !/[\s,，。;；]/u.test(clean.slice(end, close));
}

/**
 * Verbs of making that take "a (kind of) community/village" as their object, or that it heads as a noun (和谐社区建设);
 * and the honours such a phrase names as a title (被评为先进村, 被命名为示范社区, 争当红旗村, 文明社区称号).
 */
const MAKING = /(?:建设|打造|构建|创建|建成|争创|共建|创|评为|命名为|争当)$/;
const MAKING_AFTER = /^(?:建设|创建|创|称号)/;
const DESCRIBED_SUFFIX = /(?:社区|村|嘎查)$/;
const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * True when a community or village name whose stem is one ordinary dictionary word (和谐, 幸福, 团结) stands as the
 * object or subject of a verb of making, or as an honour: "build a harmonious community" describes a kind, and "named
 * an advanced village" awards a title; neither names a unit.
 */
export function describedNotNamed(clean: string, start: number, end: number): boolean {
  const surface = clean.slice(start, end);
  const suffix = DESCRIBED_SUFFIX.exec(surface);
  if (!suffix || !(MAKING.test(clean.slice(Math.max(0, start - 3), start)) || MAKING_AFTER.test(clean.slice(end, end + 2)))) return false;
  const stem = surface.slice(0, -suffix[0].length);
  const words = [...SEGMENTER.segment(stem)];
  return stem.length >= 2 && words.length === 1 && words[0].isWordLike === true;
}

/** Verbs that open a clause (探索联村…, 新建肉牛养殖园区, 推进美丽乡村): a run of name characters they lead is an action. */
const LEADING_VERBS = new Set([
  '探索', '打造', '推进', '实施', '开展', '成立', '组建', '推动', '助力', '带动', '引导', '扶持', '培育', '改造', '提升', '创建',
  '建成', '争创', '依托', '围绕', '聚焦', '投资', '规划', '筹建', '扩建', '新建', '建设', '发展', '深化', '加快', '加强', '完善', '落实',
  // Visits and outreach, the other verbs news puts right before a village (慰问富强嘎查, 走访团结村).
  '慰问', '走访', '前往', '调研', '考察', '参观', '帮扶', '包联', '对接', '联系', '进驻', '覆盖', '辐射', '惠及', '带领', '动员',
  '组织', '召开', '举办', '举行', '开设', '设立', '选派', '派驻', '服务', '包括', '涉及', '建立', '整合', '利用', '感谢', '响应',
  // Verbs of support and gain that take a unit as object (维护嘎查牧民利益, 做大嘎查集体经济, 依靠社区力量).
  '维护', '收购', '依靠', '做大', '做强', '壮大', '办好', '加深', '提高', '实现', '见证', '坚持', '鼓励', '支持', '激活', '盘活',
  '推广', '指导', '协助', '参与', '雇佣', '走进', '深入', '来到', '回到', '返回', '入驻', '进入', '走遍', '遍布', '配合', '满足',
  '获得', '扩大', '拓展',
  // Work done on or through a unit (借助嘎查…, 根据社区…, 清理小区, 优化社区, 负责联系村, 集中培训村).
  '借助', '根据', '明确', '清理', '优化', '调整', '维持', '监督', '培训', '负责', '同意', '畅谈', '胜任', '联合',
  // Works and care a unit is the object of (硬化改造小区, 铺设小区道路, 帮助社区, 关注社区, 上报街道).
  '帮助', '安装', '关注', '拓宽', '增加', '硬化', '铺设', '绿化', '美化', '亮化', '查看', '上报', '吸纳', '送进',
  // Words of belonging (科尔沁区下辖街道…, 下属嘎查): what follows is the units in general.
  '下辖', '下属', '所辖', '所属',
]);
/** Adverbs that open a clause (充分利用嘎查…, 积极响应苏木…, 不断完善社区…) and never a name, whatever a segmenter joins them with. */
const LEADING_ADVERBS = ['充分', '积极', '不断', '进一步', '大力', '全面', '持续', '切实', '认真', '主动', '紧紧', '重点', '非常', '真正',
  '只好', '努力', '不仅', '实地', '同时', '集中', '基层'];
/** Verbs that are also common village names (建设村, 新建村, 发展村): alone before the suffix they stay names. */
const NAME_VERBS = new Set(['建设', '新建', '发展']);
/** Characters of direction that news puts right before a place (向满都宝力格镇, 赴, 往) but that may begin a name (向阳村). */
const TOWARDS = '向往赴';

/** One of those verbs, other than those villages are named after. */
const clauseVerb = (w: string): boolean => LEADING_VERBS.has(w) && !NAME_VERBS.has(w);

/** True when one of those verbs ends at `at` (联合|东街社区): the characters before a name there are the verb's, not the name's. */
export function verbEndsAt(clean: string, at: number): boolean {
  return at >= 2 && clauseVerb(clean.slice(at - 2, at));
}

/** True when `prefix`, read off the front of a name run, is a clause's verb or a word of direction, not part of a name. */
export function notOfName(prefix: string): boolean {
  return LEADING_VERBS.has(prefix) || (prefix.length === 1 && TOWARDS.includes(prefix));
}

/** What may follow such a word in a real name: a road (建设路社区), a direction or a number (新建东村, 新建一村). */
const NAME_AFTER_VERB = /^(?:路|街|大街|巷|道|[东西南北中前后上下新一二三四五六七八九十])/;

/**
 * True when a pattern name's stem is one of those verbs (组织|社区), other than one villages are named after, opens
 * with one of those adverbs, opens with one of those verbs, as a whole word, and goes on with more than a road,
 * direction or number, or closes with one as a whole word (实地查看|嘎查, 负责联系|村): the name run took in the clause's
 * verb, so its start is no name's start, or the unit word is the verb's object.
 */
export function ledByVerb(stem: string): boolean {
  if (stem.length < 2) return false;
  if (LEADING_VERBS.has(stem)) return !NAME_VERBS.has(stem);
  if (LEADING_ADVERBS.some((a) => stem.startsWith(a))) return true;
  const closing = stem.slice(-2);
  if (stem.length > 2 && clauseVerb(closing) && [...SEGMENTER.segment(stem)].at(-1)?.segment === closing) return true;
  // Most stems open with no listed verb (each has two characters): only those that do are segmented, to see the verb
  // is a whole word.
  if (!LEADING_VERBS.has(stem.slice(0, 2))) return false;
  const first = SEGMENTER.segment(stem)[Symbol.iterator]().next().value?.segment ?? '';
  return LEADING_VERBS.has(first) && first.length < stem.length && !NAME_AFTER_VERB.test(stem.slice(first.length));
}
