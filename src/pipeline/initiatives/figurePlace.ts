/**
 * The place each figure is about: the smallest unit holding a list of places named before it in its clause, else the
 * nearest unit named before it there, else the same in its sentence, else the unit a bare unit word opening one of its
 * clauses stands for (2023年嘎查集体经济收入…), else the first place named after it in its clause, else in its sentence (a
 * quote's figures, then who said them and where), else the last one named earlier in its paragraph (news keeps the
 * topic of a paragraph until it names another), else the item's main place. A place written as a chain
 * (新巴尔虎左旗嵯岗镇) is its deepest link, whichever side it stands.
 * A place that only says where an earlier one lies (都兰社区地处青山区东北部) is passed over for that earlier one, and a
 * neighbour (东与临河区接壤, 南邻二道桥镇) for any other.
 * A number about the whole region (全区, 内蒙古) or the country (全国) belongs to no place; a national word before the figure
 * in its own clause says so even when places are named elsewhere in the sentence (近日全国100个…公布,…玉泉区…).
 */
import { isRegionId, levelOfSuffix, placeId } from '../../contract/index.ts';
import type { ResolvedMention, Span } from '../types.ts';
import { REGION_CODE } from '../mentions/genericTerms.ts';
import { CharTable } from '../text/charTable.ts';
import { listedTogether } from './figurePlaceList.ts';
import { PIPELINE_DEFAULTS } from '../defaults.ts';

export const FIGURE_PLACE = {
  /** Marks that end a sentence: a place named before one of them does not reach past it. */
  sentenceEnds: '。！？!?；;\n',
  /** Marks that end a paragraph. */
  paragraphEnds: '\n',
  /** Marks that end a clause inside a sentence. */
  clauseEnds: '，,：:',
  /** Words that put a number at national scope, which no map place stands for. */
  national: ['全国', '我国', '中国', '国家级'],
  /** Words after which a place says where the one before it lies (都兰社区地处|青山区): its container, not the topic. */
  locative: ['地处', '位于', '坐落于', '坐落在', '地处于', '隶属于', '隶属'],
  /**
   * A direction and a word of bordering before a place (东与|临河区接壤, 南邻|二道桥镇, 北靠, 西接, 东至), or a word of
   * distance (距离|二连浩特80公里): a neighbour or a reference point.
   */
  neighbourBefore: /(?:[东南西北](?:与|邻|靠|接|连|至|临|依|傍|毗邻)|距离|距)$/,
  /** … or the bordering word after it (与兴和县|相邻, 接壤, 交界, 为邻, 隔河相望). */
  neighbourAfter: /^(?:接壤|相邻|毗邻|交界|相连|连接|为邻|相望|隔)/,
  /** Units and labels of a rate, which a list of places holds each on its own (A、B完成45%以上), never summed. */
  rateUnits: ['%', '百分点', '个百分点', '倍', '‰'],
  rateLabel: /每|人均|户均|亩均|均价|单价|平均/,
  /**
   * A unit word that opens a clause of a figure's sentence bare, past a word of time (2023年嘎查集体经济收入达到24万元,
   * 前年,村集体经济收入…): "the gacha" as the subject, the last one written with that word before, even when another
   * place stood between (旗里帮扶建成的…). Inside a clause it is mostly attributive (225名社区党员) and says nothing.
   */
  bareUnit: /^\s*(?:(?:\d{4}年(?:底|末|初)?|今年|去年|前年|目前|如今|现在|近年来|同时|此外)\s*)?(嘎查(?!村)|社区|苏木|街道|村(?=集体|两委|党))/,
};

/** What a mention says a figure belongs to: a place id, `null` for region or national scope, undefined for nothing. */
export type Scope = string | null | undefined;

function scopeOf(m: ResolvedMention, placeIdOf: (m: ResolvedMention) => string | null, ids: ReadonlySet<string>): Scope {
  if (m.status === 'outside') return null;
  if (m.code === REGION_CODE) return null;
  if (m.status === 'place') return placeIdOf(m) ?? undefined;
  if (m.status !== 'generic' || !m.code) return undefined;
  const id = placeId(m.code);
  // 全盟, 该旗: the league or banner itself, which the app shows as a region even when it is not a map point.
  return ids.has(id) || isRegionId(id) ? id : undefined;
}

/** The marks as char tables, built once: every figure scans back to its paragraph's start. */
const SENTENCE_ENDS = CharTable.of(FIGURE_PLACE.sentenceEnds);
const CLAUSE_ENDS = CharTable.of(FIGURE_PLACE.clauseEnds + FIGURE_PLACE.sentenceEnds);
const PARAGRAPH_ENDS = CharTable.of(FIGURE_PLACE.paragraphEnds);

/** Offsets where a clause (or sentence) ends, so both scans stop at the first one. */
function boundaryBefore(clean: string, from: number, floor: number, marks: CharTable): number {
  for (let i = from - 1; i >= floor; i--) if (marks.has(clean.charCodeAt(i))) return i + 1;
  return floor;
}
function boundaryAfter(clean: string, from: number, ceil: number, marks: CharTable): number {
  for (let i = from; i < ceil; i++) if (marks.has(clean.charCodeAt(i))) return i;
  return ceil;
}

/** True when a place is named as a neighbour (东与临河区接壤, 南邻二道桥镇): it borders the topic, and owns none of its figures. */
function neighbour(clean: string, m: Span): boolean {
  return FIGURE_PLACE.neighbourBefore.test(clean.slice(Math.max(0, m.start - 3), m.start)) || FIGURE_PLACE.neighbourAfter.test(clean.slice(m.end, m.end + 4));
}

/** True when a place starting at `start` follows a word that makes it the container of the place before it. */
function locates(clean: string, start: number): boolean {
  return FIGURE_PLACE.locative.some((w) => clean.startsWith(w, start - w.length));
}

function nationalIn(clean: string, from: number, to: number): boolean {
  const text = clean.slice(from, to);
  return FIGURE_PLACE.national.some((w) => text.includes(w));
}

/**
 * The last place named before `from` and written with the unit word that opens a clause of [from, to) bare
 * (FIGURE_PLACE.bareUnit); a unit word inside a mention (该嘎查) is no bare word.
 */
function bareUnitPlace<T extends { m: ResolvedMention; scope: Scope }>(
  clean: string, from: number, to: number, scoped: T[], mentions: ResolvedMention[],
): T | undefined {
  const words = new Set<string>();
  for (let at = from; at < to; at = boundaryAfter(clean, at, to, CLAUSE_ENDS) + 1) {
    const m = FIGURE_PLACE.bareUnit.exec(clean.slice(at, to));
    const wordAt = m ? at + m[0].length - m[1].length : -1;
    if (m && !mentions.some((x) => x.start <= wordAt && wordAt < x.end)) words.add(m[1]);
  }
  if (words.size === 0) return undefined;
  // The unit must be written with that word (苏木 is no 镇, though both are townships); a gacha is also a 村.
  const writtenWith = (m: ResolvedMention, w: string) => m.surface.includes(w) || (w === '村' && m.surface.includes('嘎查'));
  const fits = (m: ResolvedMention) => [...words].some((w) => writtenWith(m, w) && m.level === levelOfSuffix(w));
  for (let k = scoped.length - 1; k >= 0; k--) {
    const x = scoped[k];
    if (x.m.end <= from && x.scope !== null && fits(x.m)) return x;
  }
  return undefined;
}

/**
 * One place id (or null) per figure. `mentions` are the item's own, in any order; `span` bounds the scan (the item,
 * and its headline when that stands outside it); `main` is the item's main place id.
 */
export function figurePlaces(
  clean: string, figures: (Span & { unit: string; label: string })[], mentions: ResolvedMention[], span: Span,
  placeIdOf: (m: ResolvedMention) => string | null, main: string | null, ids: ReadonlySet<string>,
): (string | null)[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  // Whether a mention is a neighbour is worked out once, not for every figure that looks back past it.
  const scoped = sorted.flatMap((m) => {
    const scope = scopeOf(m, placeIdOf, ids);
    return scope === undefined ? [] : [{ m, scope, neighbour: neighbour(clean, m) }];
  });
  // The places a list of them can say where it lies by: placed, not a neighbour, not unsure.
  const sure = new Set(scoped.filter((x) => x.scope !== null && !x.neighbour && x.m.confidence >= PIPELINE_DEFAULTS.lowConfidence).map((x) => x.m));
  return figures.map((f) => {
    const sentenceStart = boundaryBefore(clean, f.start, span.start, SENTENCE_ENDS);
    const clauseStart = boundaryBefore(clean, f.start, sentenceStart, CLAUSE_ENDS);
    const clauseEnd = boundaryAfter(clean, f.end, span.end, CLAUSE_ENDS);
    const before = (from: number) => {
      const list = scoped.filter((x) => x.m.start >= from && x.m.end <= f.start && !x.neighbour);
      // A locative place counts only when nothing before it in the span could be the place it locates; a chain after the
      // locative word (地处|鄂托克旗苏米图苏木) is passed over whole.
      for (let k = list.length - 1; k >= 0; k--) {
        let c = k;
        while (c > 0 && list[c - 1].m.end === list[c].m.start) c--;
        if (c === 0 || !locates(clean, list[c].m.start)) return list[k];
        k = c;
      }
      return undefined;
    };
    const after = (to: number, placesOnly: boolean) => {
      let k = scoped.findIndex((x) => x.m.start >= f.end && x.m.end <= to && (!placesOnly || x.scope !== null));
      if (k < 0) return undefined;
      // The links of a chain follow each other with no gap; the place it names is the last.
      while (k + 1 < scoped.length && scoped[k + 1].m.start === scoped[k].m.end) k++;
      return scoped[k];
    };
    const rate = FIGURE_PLACE.rateUnits.includes(f.unit) || FIGURE_PLACE.rateLabel.test(f.label);
    const together = (from: number, where: 'clause' | 'sentence') =>
      (rate ? undefined : listedTogether(clean, from, f.start, where, sorted, sure, ids));
    const own = together(clauseStart, 'clause') ?? before(clauseStart);
    // 全国100个…, 我国共有…: a national word in the figure's own clause, with no place between, settles its scope.
    if (!own && nationalIn(clean, clauseStart, f.start)) return null;
    const hit = own ?? together(sentenceStart, 'sentence') ?? before(sentenceStart)
      // A bare unit word as the subject (街道共有6341户…,其中:…南田社区…) outweighs a place named after the figure.
      ?? bareUnitPlace(clean, sentenceStart, f.start, scoped, sorted)
      ?? after(clauseEnd, false)
      // Later in the sentence, the region is mostly an organisation's (自治区党委), not the figure's scope.
      ?? after(boundaryAfter(clean, f.end, span.end, SENTENCE_ENDS), true)
      ?? before(boundaryBefore(clean, f.start, span.start, PARAGRAPH_ENDS));
    if (hit) return hit.scope as string | null;
    return nationalIn(clean, sentenceStart, clauseEnd) ? null : main;
  });
}
