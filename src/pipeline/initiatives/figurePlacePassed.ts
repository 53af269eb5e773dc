/**
 * The places a figure passes over, one rule of figurePlace each: neighbours, ends of a route, companies' seats and frames
 * of a rank, places that only say where another lies, partners far away, places in an aside, places a figure counts,
 * parts named after a figure, and the level of units a figure counts.
 */
import { isWithin, levelOfSuffix, type Level } from '../../contract/index.ts';
import type { ResolvedMention, Span } from '../types.ts';
import { PIPELINE_DEFAULTS } from '../defaults.ts';
import { nameRunStart, STOP_CHARS } from '../mentions/nameRun.ts';
import { companyAfter } from '../mentions/notPlaceRules.ts';
import { LIST_JOINERS, neighbours } from '../mentions/neighbourWords.ts';
import { REGION_CODE } from '../mentions/genericTerms.ts';
import { FIGURE_PLACE } from './figurePlaceWords.ts';

/**
 * Whether each mention (in text order) is named beside the topic, not as it: a neighbour or where a distance is measured
 * from (neighbourWords), an end of a route, a company's seat, or the frame of a rank. Such a place owns none of the figures
 * around it.
 */
export function besideTopic(clean: string, sorted: ResolvedMention[]): boolean[] {
  const near = neighbours(clean, sorted);
  return sorted.map((m, k) => near[k] || routeEnd(clean, sorted, k) || headsCompany(clean, sorted, k)
    || rankFrame(clean, sorted, k));
}

/** True when the k-th mention is the frame of a rank, a first or a set (居赤峰市首位, 自治区首家, 成为呼和浩特市…的标杆). */
function rankFrame(clean: string, sorted: ResolvedMention[], k: number): boolean {
  const m = sorted[k];
  const before = clean.slice(Math.max(0, m.start - 2), m.start);
  const after = clean.slice(m.end, m.end + 4);
  if (FIGURE_PLACE.rankAfter.test(after) || FIGURE_PLACE.frameBefore.test(before)) return true;
  if (FIGURE_PLACE.rankVerb.test(before) && FIGURE_PLACE.rankOrdinal.test(after)) return true;
  if (!FIGURE_PLACE.firstAfter.test(after)) return false;
  if (m.code === REGION_CODE) return true;
  const prev = sorted[k - 1];
  return !!prev?.code && !!m.code && prev.code !== m.code && isWithin(prev.code, m.code)
    && !/[。！？!?\n]/.test(clean.slice(prev.end, m.start));
}

/**
 * The places far away (in text order) named as a source, a destination or a partner (FIGURE_PLACE.partnerBefore), each
 * item of a list after such a word too (来自河北、北京的游客), or one qualifying people (吉林租赁户); so is an organisation of
 * the region's after such a word (与内蒙古农业大学组建联合体).
 */
export function partnersFarAway(clean: string, sorted: ResolvedMention[]): Set<ResolvedMention> {
  const out = new Set<ResolvedMention>();
  for (let k = 0; k < sorted.length; k++) {
    const m = sorted[k];
    const after = clean.slice(m.end, m.end + 16);
    const organisation = m.code === REGION_CODE && FIGURE_PLACE.regionOrganisation.test(after);
    // 是自治区33个牧业旗之一: the region's count in its own clause, the set the subject belongs to after it.
    const oneOf = m.code === REGION_CODE && FIGURE_PLACE.oneOf.test(after);
    if (oneOf) { out.add(m); continue; }
    if (m.status !== 'outside' && !organisation) continue;
    const prev = sorted[k - 1];
    const listed = prev !== undefined && out.has(prev) && JOINED.test(clean.slice(prev.end, m.start));
    if (listed || FIGURE_PLACE.partnerBefore.test(clean.slice(Math.max(0, m.start - 2), m.start))
      || (m.status === 'outside' && FIGURE_PLACE.peopleAfter.test(after))) out.add(m);
  }
  return out;
}

/** The mentions of the region named as where money or a title comes from (争取自治区…资金, FIGURE_PLACE.sourceBefore). */
export function regionAsSource(clean: string, sorted: ResolvedMention[]): Set<ResolvedMention> {
  const out = new Set<ResolvedMention>();
  for (const m of sorted) if (m.code === REGION_CODE && FIGURE_PLACE.sourceBefore.test(clean.slice(Math.max(0, m.start - 2), m.start))) out.add(m);
  return out;
}

/** Joining words, and spaces, between two items of a list (北京、上海). */
const JOINED = new RegExp(`^[${LIST_JOINERS}\\s]+$`);

/** A single route join at `at` (a doubled dash is an aside's). */
const joinsRoute = (clean: string, at: number): boolean =>
  FIGURE_PLACE.routeJoin.includes(clean[at]) && clean[at - 1] !== clean[at] && clean[at + 1] !== clean[at];

/** True when the k-th mention is an end of a route (乌海至东胜): it names where a road runs, not what a figure is about. */
function routeEnd(clean: string, sorted: ResolvedMention[], k: number): boolean {
  const m = sorted[k];
  return (joinsRoute(clean, m.end) && sorted[k + 1]?.start === m.end + 1) || (joinsRoute(clean, m.start - 1) && sorted[k - 1]?.end === m.start - 1);
}

/** True when the k-th mention opens a company's name (与赤峰市燕京啤酒集团签订单): where a partner is, not the topic. */
function headsCompany(clean: string, sorted: ResolvedMention[], k: number): boolean {
  const name = companyAfter(clean, sorted[k].end);
  if (name === null || [...name].some((c) => STOP_CHARS.has(c))) return false;
  return !(sorted[k + 1] && sorted[k + 1].start < sorted[k].end + name.length);
}

/**
 * True when a place (a chain from `first` to `last`) only says where an earlier one lies: it follows a locative word (地处,
 * 位于) or goes on with a part of it (…,乌兰察布市西北部), or follows 在 and holds one of `earlier` (三角线社区在呼市开展…),
 * unlike 在 before a place within them (科右前旗在察尔森镇建成…).
 */
export function locates(clean: string, first: ResolvedMention, last: ResolvedMention, earlier: readonly { m: ResolvedMention }[]): boolean {
  if (FIGURE_PLACE.locative.some((w) => clean.startsWith(w, first.start - w.length))) return true;
  if (FIGURE_PLACE.positionAfter.test(clean.slice(last.end, last.end + 8))) return true;
  const code = last.code;
  return clean[first.start - 1] === '在' && code !== null && earlier.some((x) => x.m.code !== null && x.m.code !== code && isWithin(x.m.code, code));
}

/** The spans of the parentheses in [from, to) — asides (伊克昭盟(今鄂尔多斯市), 大麦2.3万亩(其中一家河村…)) — innermost last. */
export function asides(clean: string, from: number, to: number): Span[] {
  const open: number[] = [];
  const out: Span[] = [];
  for (let i = from; i < to; i++) {
    const c = clean[i];
    if (c === '(' || c === '（') open.push(i);
    else if ((c === ')' || c === '）') && open.length > 0) out.push({ start: open.pop() as number, end: i + 1 });
  }
  return out;
}

/** The innermost aside holding `at`, or undefined. */
export function asideAt(list: Span[], at: number): Span | undefined {
  let best: Span | undefined;
  for (const a of list) if (a.start <= at && at < a.end && (!best || a.start > best.start)) best = a;
  return best;
}

/** True when a place ending at `end` is an example of what a figure right after it counts (托克托县|等41个旗县). */
function exampleAt(clean: string, end: number): boolean {
  return clean.charCodeAt(end) === 0x7b49 /* 等 */ && FIGURE_PLACE.exampleOfCount.test(clean.slice(end, end + 11));
}

/** What may stand between the items of a list (、, 和, 及, 与, a comma), or nothing between the links of a chain. */
const LIST_GAP = new RegExp(`^[${LIST_JOINERS}，,\\s]*$`);

/**
 * The places a figure counts rather than belongs to, for every figure of the span: a place right before 等 and a numeral,
 * with the items of its list and the links of its chain (察尔森嘎查、好田嘎查等6个嘎查), or a list of as many places as the
 * figure right after it (三道坎、黄河村、新民村3个专业村, but not 兴隆巷街道、玉泉区18个工地), or as many names in 、 right
 * after the figure and its noun (辖13个行政村,卧风甸子村、…、东风村。) or before it (辖兴和、兴盛、…11个居委会). Neither
 * these figures nor later ones are theirs: when no one unit was found to hold them (figurePlaceList), the place named
 * before them may be.
 */
export function countedPlaces<T extends { m: ResolvedMention }>(
  clean: string, scoped: T[], figures: readonly (Span & { value: number })[], floor: number,
): Set<T> {
  const out = new Set<T>();
  const figureAt = new Map(figures.map((f) => [f.start, f]));
  for (let k = scoped.length - 1; k >= 0; k--) {
    const end = scoped[k].m.end;
    const example = exampleAt(clean, end);
    const figure = figureAt.get(end);
    if (!example && !figure) continue;
    let j = k;
    let items = 1;
    for (; j > 0 && LIST_GAP.test(clean.slice(scoped[j - 1].m.end, scoped[j].m.start)); j--) if (scoped[j - 1].m.end < scoped[j].m.start) items++;
    // Each name before the run in 、 is an item too, found or not (三道坎 is no unit the gazetteer knows); a run of
    // figures (南梁街社区4户、民族街社区2户) is no such list.
    let from = scoped[j].m.start;
    for (; clean[from - 1] === '、' && from - 1 > floor; items++) {
      const s = nameBefore(clean, from - 1, floor);
      if (s < 0) break;
      from = s;
    }
    if (!example && (items < 2 || items !== figure!.value)) continue;
    for (let d = k; d >= 0 && scoped[d].m.start >= from; d--) out.add(scoped[d]);
    k = j;
  }
  // 辖13个行政嘎查村,卧风甸子村、…、东风村。: the units a count names after it, as many as it says.
  for (const f of figures) {
    const from = f.value >= 2 && f.value <= MAX_LISTED ? enumerationAfter(clean, f.end) : -1;
    if (from < 0) continue;
    let to = from;
    let names = 1;
    let digits = false;
    for (; to < clean.length && !ENUMERATION_END.includes(clean[to]); to++) {
      const c = clean.charCodeAt(to);
      if (c === 0x3001 /* 、 */) names++;
      else if (c >= 48 && c <= 57) digits = true;
    }
    if (digits || names !== f.value) continue;
    for (const x of scoped) if (x.m.start >= from && x.m.end <= to) out.add(x);
  }
  // 辖兴和、兴盛、建材、…11个居委会: as many names in 、 right before the count, found or not, whichever ends the list.
  for (const f of figures) {
    if (f.value < 2 || f.value > MAX_LISTED || !listBefore(clean, f.start, floor)) continue;
    let from = f.start;
    let items = 0;
    for (let p = f.start; items < f.value; p = from - 1) {
      const s = nameBefore(clean, p, floor);
      if (s < 0) break;
      // The last item may hold the list's last join (河东、河西、建设街道和铁道北4个区域).
      items += p === f.start ? 1 + joinsInside(clean, s, p) : 1;
      from = s;
      if (clean[s - 1] !== '、') break;
    }
    if (items !== f.value) continue;
    // The first item's run may take in what leads the list (集宁分局|桥西、幸福路、卧龙山三家): only a place ending it is an item.
    const firstEnd = clean.indexOf('、', from);
    const first = scoped.find((x) => x.m.end === firstEnd);
    from = first ? first.m.start : firstEnd;
    for (const x of scoped) if (x.m.start >= from && x.m.end <= f.start) out.add(x);
  }
  return out;
}

/** The joins 和 or 及 inside [from, to) with a name of two or more characters on each side. */
function joinsInside(clean: string, from: number, to: number): number {
  let n = 0;
  for (let j = from + 2; j < to - 2; j++) if (clean[j] === '和' || clean[j] === '及') n++;
  return n;
}

/** Whether a 、 stands within a name's reach before `at`: most figures follow no list, and are let go at once. */
function listBefore(clean: string, at: number, floor: number): boolean {
  for (let i = at - 1; i >= Math.max(floor, at - PIPELINE_DEFAULTS.patternMaxStem - 3); i--) if (clean.charCodeAt(i) === 0x3001 /* 、 */) return true;
  return false;
}

/** Longest list of names read back from a count; a count above it is no list's. */
const MAX_LISTED = 40;

/**
 * Where the enumeration after a figure's counted noun begins (13个行政嘎查村,|卧风甸子村…, 4个社区：|…): past a few Han
 * characters and the mark that opens it, or -1. Scanned by char code: it runs for every figure.
 */
function enumerationAfter(clean: string, end: number): number {
  for (let i = end; i < Math.min(clean.length, end + 9); i++) {
    const c = clean.charCodeAt(i);
    if (c === 0xff1a || c === 0x3a || c === 0xff0c || c === 0x2c) {
      let from = i + 1;
      while (clean[from] === ' ') from++;
      return from;
    }
    if (c < 0x4e00 || c > 0x9fff) return -1;
  }
  return -1;
}

/** Marks that end an enumeration. */
const ENUMERATION_END = '。；;\n';

/**
 * Where the name that ends at `at` starts, a list item of two or more characters found or not (三道坎), or -1: a run after
 * a digit is a figure's tail (南梁街社区4户|、), no name.
 */
function nameBefore(clean: string, at: number, floor: number): number {
  const s = nameRunStart(clean, at, floor, PIPELINE_DEFAULTS.patternMaxStem + 2);
  return at - s < 2 || /\d/.test(clean[s - 1] ?? '') ? -1 : s;
}

/** Where the parts of what a figure counts begin after it (…15万亩,其中…), or `to` when they do not before it. */
export function partsFrom(clean: string, from: number, to: number): number {
  let at = to;
  for (const w of FIGURE_PLACE.partsAfter) {
    const k = clean.slice(from, at).indexOf(w);
    if (k >= 0) at = from + k;
  }
  return at;
}

/**
 * The level of the units a figure counts (17个行政村: village), which no unit of that level or below owns, and whether its
 * clause says they formed the subject (由原两个苏木合并而成), which makes the count the subject's after all.
 */
export function unitsCounted(
  clean: string, f: Span & { unit: string }, clauseStart: number, clauseEnd: number,
): { countedLevel: Level | undefined; formed: boolean } {
  const units = f.unit === '个' ? FIGURE_PLACE.unitsCounted.exec(clean.slice(f.end, f.end + 4)) : null;
  if (!units) return { countedLevel: undefined, formed: false };
  const formed = FIGURE_PLACE.formedFrom.test(clean.slice(clauseStart, f.start)) || FIGURE_PLACE.formedInto.test(clean.slice(f.end, clauseEnd));
  return { countedLevel: formed ? undefined : levelOfSuffix(units[1]) ?? levelOfSuffix(units[1].slice(-1)), formed };
}
