/**
 * The place each figure is about: the place a list pairs with it in order (A镇和B镇分别…12个和8个), else the smallest unit
 * holding a list of places named before it in its clause, else the nearest unit named before it there, else the same in
 * its sentence, else the unit a bare unit word opening one of its clauses stands for (2023年嘎查集体经济收入…), else the
 * first place named after it in its clause, else in its sentence (a quote's figures, then who said them and where), else
 * in the words saying who spoke after its quote has closed, else the last one named earlier in its paragraph (news keeps
 * the topic of a paragraph until it names another), else, for a paragraph going on with a quote or a pronoun, the last
 * one named before it when finer than the item's main place, else that main place. A place written as a chain
 * (新巴尔虎左旗嵯岗镇) is its deepest link, whichever side it stands.
 * A place that only says where an earlier one lies (都兰社区地处青山区东北部, 三角线社区在呼市开展…) is passed over for that
 * earlier one, and a neighbour (东与临河区接壤, 南邻二道桥镇), the ends of a route (乌海至东胜) or a company's seat for any
 * other; so are the places a figure counts (托克托县等41个旗县, 三道坎、黄河村、新民村3个村), a place in an aside the figure
 * stands outside of, and a part named after the figure (…15万亩,其中一家河村…). A unit named but not pinned down (two
 * 黄河村) owns its figures, which then have no map place.
 * No unit of the level a count of units names, or below, owns it (17个行政村), unless the clause says they formed it, which
 * makes it the sentence's opening unit's; a bare unit word opening the figure's clause or its paragraph stands for the
 * unit last written with it, never a neighbour.
 * A number about the whole region (全区, 内蒙古) or the country (全国) belongs to no place; a national word before the figure
 * in its own clause says so even when places are named elsewhere in the sentence (近日全国100个…公布,…玉泉区…).
 */
import { isRegionId, levelDepth, levelOfSuffix, placeId, placeIdDepth } from '../../contract/index.ts';
import type { ResolvedMention, Span } from '../types.ts';
import { REGION_CODE } from '../mentions/genericTerms.ts';
import { CharTable } from '../text/charTable.ts';
import { listedTogether, respectively } from './figurePlaceList.ts';
import { AMBIGUOUS } from '../resolve/resolveForm.ts';
import { PIPELINE_DEFAULTS } from '../defaults.ts';
import { FIGURE_PLACE } from './figurePlaceWords.ts';
import { PEOPLE_WORDS } from './extractPeople.ts';
import { asideAt, asides, besideTopic, countedPlaces, locates, partnersFarAway, partsFrom, regionAsSource, unitsCounted } from './figurePlacePassed.ts';

/** What a mention says a figure belongs to: a place id, `null` for region or national scope, undefined for nothing. */
export type Scope = string | null | undefined;

function scopeOf(m: ResolvedMention, placeIdOf: (m: ResolvedMention) => string | null, ids: ReadonlySet<string>): Scope {
  if (m.status === 'outside') return null;
  if (m.code === REGION_CODE) return null;
  if (m.status === 'place') return placeIdOf(m) ?? undefined;
  // 黄河村有120多户村民, with two 黄河村 and nothing to tell them apart: the figure is that village's, which no map place stands for.
  if (m.status === 'unresolved' && m.rule === AMBIGUOUS && m.level !== 'poi') return null;
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

/** True when a national word stands in [from, to), other than after a locative word (位于全国冷凉蔬菜种植带: where, not scope). */
function nationalIn(clean: string, from: number, to: number): boolean {
  const text = clean.slice(from, to);
  return FIGURE_PLACE.national.some((w) => {
    for (let k = text.indexOf(w); k >= 0; k = text.indexOf(w, k + 1)) {
      if (!FIGURE_PLACE.locative.some((l) => text.startsWith(l, k - l.length))) return true;
    }
    return false;
  });
}

/**
 * The last place named before `from`, not as a neighbour, and written with the unit word that opens a clause of [from, to)
 * bare (FIGURE_PLACE.bareUnit); a unit word inside a mention (该嘎查) is no bare word.
 */
function bareUnitPlace<T extends { m: ResolvedMention; scope: Scope; neighbour: boolean }>(
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
    if (x.m.end <= from && x.scope !== null && !x.neighbour && fits(x.m)) return x;
  }
  return undefined;
}

/**
 * Where the words saying who spoke end, after the quotation the figure at `at` stands in (“…收入达到50万元。”台基营村党支部
 * 书记说。): the quote's closing mark and that end, or undefined when the figure is in no quotation or no speech verb
 * follows it (a quoted term, a slogan).
 */
function attribution(clean: string, at: number, floor: number, ceil: number): { close: number; end: number } | undefined {
  for (let k = at - 1; k >= floor; k--) {
    if (CLOSING_QUOTES.includes(clean[k])) return undefined;
    if (!OPENING_QUOTES.includes(clean[k])) continue;
    for (let c = at; c < ceil; c++) {
      if (OPENING_QUOTES.includes(clean[c])) return undefined;
      if (!CLOSING_QUOTES.includes(clean[c])) continue;
      const end = boundaryAfter(clean, c + 1, ceil, SENTENCE_ENDS);
      const words = clean.slice(c + 1, end);
      return PEOPLE_WORDS.speech.some((w) => words.includes(w)) ? { close: c, end } : undefined;
    }
    return undefined;
  }
  return undefined;
}
const OPENING_QUOTES = '“「『';
const CLOSING_QUOTES = '”」』';

/** Whether the aside `a` (if any) holds the figure at `at`. */
const holds = (a: Span | undefined, at: number): boolean => !a || (a.start <= at && at < a.end);

/**
 * A place opening the sentence before a list in a later clause is its subject (盛乐镇是由原A乡、B乡合并而成,现有47个行政村): the
 * figure is the subject's, not the list's.
 */
function subjectFirst<T extends { m: ResolvedMention; scope: Scope; neighbour: boolean }>(
  clean: string, scoped: T[], sentenceStart: number, list: { scope: Scope; start: number } | undefined,
): T | { scope: Scope } | undefined {
  if (!list) return undefined;
  const subject = scoped.find((x) => x.m.start >= sentenceStart);
  const opens = subject && !subject.neighbour && subject.scope !== null && subject.m.end < list.start && clean.slice(sentenceStart, subject.m.start).trim() === '';
  if (!opens) return list;
  let e = scoped.indexOf(subject);
  while (e + 1 < scoped.length && scoped[e + 1].m.start === scoped[e].m.end && scoped[e + 1].m.end <= list.start) e++;
  return scoped[e];
}

/**
 * One place id (or null) per figure. `mentions` are the item's own, in any order; `span` bounds the scan (the item,
 * and its headline when that stands outside it); `main` is the item's main place id.
 */
export function figurePlaces(
  clean: string, figures: (Span & { value: number; unit: string; label: string })[], mentions: ResolvedMention[], span: Span,
  placeIdOf: (m: ResolvedMention) => string | null, main: string | null, ids: ReadonlySet<string>,
): (string | null)[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  // Whether a mention is a neighbour is worked out once, not for every figure that looks back past it.
  const beside = besideTopic(clean, sorted);
  const scoped = sorted.flatMap((m, k) => {
    const scope = scopeOf(m, placeIdOf, ids);
    return scope === undefined ? [] : [{ m, scope, neighbour: beside[k] }];
  });
  // The places a list of them can say where it lies by: placed, not a neighbour, not unsure.
  const sure = new Set(scoped.filter((x) => x.scope !== null && !x.neighbour && x.m.confidence >= PIPELINE_DEFAULTS.lowConfidence).map((x) => x.m));
  const partners = partnersFarAway(clean, sorted);
  const sources = regionAsSource(clean, sorted);
  const asideSpans = asides(clean, span.start, span.end);
  const counted = countedPlaces(clean, scoped, figures, span.start);
  return figures.map((f) => {
    // 全国560个旅游重点扶贫村之一: the country's count, whatever place opens the clause.
    if (FIGURE_PLACE.nationalRight.test(clean.slice(Math.max(0, f.start - 6), f.start))) return null;
    if (f.value === FIGURE_PLACE.nationalities.value && clean.startsWith(FIGURE_PLACE.nationalities.after, f.end)) return null;
    const sentenceStart = boundaryBefore(clean, f.start, span.start, SENTENCE_ENDS);
    const clauseStart = boundaryBefore(clean, f.start, sentenceStart, CLAUSE_ENDS);
    const clauseEnd = boundaryAfter(clean, f.end, span.end, CLAUSE_ENDS);
    const { countedLevel, formed } = unitsCounted(clean, f, clauseStart, clauseEnd);
    const pool = countedLevel
      ? scoped.filter((x) => x.scope === null || !x.m.level || levelDepth(x.m.level) < levelDepth(countedLevel)) : scoped;
    const before = (from: number) => {
      // A place far away as a source, destination or partner counts in the figure's own clause only (从黑龙江引进技术,
      // 单产提高到400公斤 is the banner's, but 新疆天山麻黄素厂…,生产麻黄素34吨 is no place of ours); a place inside an aside
      // the figure stands outside of (…(其中一家河村1.8万亩),其他0.5万亩) says nothing of it.
      const list = pool.filter((x) => x.m.start >= from && x.m.end <= f.start && !x.neighbour && !counted.has(x) && !sources.has(x.m)
        && (x.m.start >= clauseStart || !partners.has(x.m))
        && (asideSpans.length === 0 || holds(asideAt(asideSpans, x.m.start), f.start)));
      // A locative place counts only when nothing before it in the span could be the place it locates; a chain after the
      // locative word (地处|鄂托克旗苏米图苏木) is passed over whole.
      for (let k = list.length - 1; k >= 0; k--) {
        let c = k;
        while (c > 0 && list[c - 1].m.end === list[c].m.start) c--;
        if (c === 0 || !locates(clean, list[c].m, list[k].m, list.slice(0, c))) return list[k];
        k = c;
      }
      return undefined;
    };
    const after = (to: number, placesOnly: boolean, from = f.end) => {
      to = partsFrom(clean, f.end, to);
      for (let k = pool.findIndex((x) => x.m.start >= from); k >= 0 && k < pool.length && pool[k].m.end <= to; k++) {
        if ((placesOnly && pool[k].scope === null) || pool[k].neighbour) continue;
        // The links of a chain follow each other with no gap; the place it names is the last.
        let e = k;
        while (e + 1 < pool.length && pool[e + 1].m.start === pool[e].m.end) e++;
        if (!counted.has(pool[e])) return pool[e];
        k = e;
      }
      return undefined;
    };
    // The sentence's end, like the paragraph's start below, is scanned for only when a rule needs it.
    let sentence = -1;
    const sentenceEnd = () => (sentence >= 0 ? sentence : (sentence = boundaryAfter(clean, f.end, span.end, SENTENCE_ENDS)));
    // 王爷府镇和美林镇分别建成养殖场12个和8个: the list's places take its figures one by one.
    const paired = respectively(clean, f, figures, sentenceStart, sentenceEnd, pool);
    if (paired) return paired.scope;
    const rate = FIGURE_PLACE.rateUnits.includes(f.unit) || FIGURE_PLACE.rateLabel.test(f.label);
    const together = (from: number, where: 'clause' | 'sentence') =>
      (rate ? undefined : listedTogether(clean, from, f.start, where, sorted, sure, ids));
    const own = together(clauseStart, 'clause') ?? before(clauseStart);
    // 全国100个…, 我国共有…: a national word in the figure's own clause, with no place between, settles its scope.
    if (!own && nationalIn(clean, clauseStart, f.start)) return null;
    // Most figures find their place before the paragraph's start is needed: it is scanned for only then.
    let paragraph = -1;
    const paragraphStart = () => (paragraph >= 0 ? paragraph : (paragraph = boundaryBefore(clean, f.start, span.start, PARAGRAPH_ENDS)));
    const saidBy = () => {
      const said = attribution(clean, f.start, paragraphStart(), boundaryAfter(clean, f.end, span.end, PARAGRAPH_ENDS));
      return said && after(said.end, true, said.close + 1);
    };
    // What a unit was formed from (巴音塔拉嘎查是…,由山后3个嘎查村合并) is the unit's that opens the sentence.
    const opener = formed ? subjectFirst(clean, pool, sentenceStart, { scope: null, start: f.start }) : undefined;
    const hit = own ?? (opener && 'm' in opener ? opener : undefined)
      // A bare unit word opening the figure's own clause (…围绕全旗目标,…,嘎查集体经济收入增加150万元) is its subject.
      ?? bareUnitPlace(clean, clauseStart, f.start, pool, sorted)
      ?? subjectFirst(clean, pool, sentenceStart, together(sentenceStart, 'sentence')) ?? before(sentenceStart)
      // A bare unit word as the subject (街道共有6341户…,其中:…南田社区…) outweighs a place named after the figure.
      ?? bareUnitPlace(clean, sentenceStart, f.start, pool, sorted)
      ?? after(clauseEnd, false)
      // Later in the sentence, the region is mostly an organisation's (自治区党委), not the figure's scope.
      ?? after(sentenceEnd(), true)
      // A quotation's figures are the speaker's place's, named after the quote closes (“…50万元。”某村党支部书记说).
      ?? saidBy()
      // A paragraph opening with a bare unit word (苏木政府所在地为白音他拉村。辖13个行政村…) is about that unit.
      ?? bareUnitPlace(clean, paragraphStart(), boundaryAfter(clean, paragraphStart(), f.start, CLAUSE_ENDS), pool, sorted)
      ?? before(paragraphStart());
    if (hit) return hit.scope as string | null;
    if (nationalIn(clean, sentenceStart, clauseEnd)) return null;
    // 来自80多个乡镇苏木的商贩 on a town's page: no place of the level counted, or below, owns it.
    if (countedLevel && main !== null && placeIdDepth(main) >= levelDepth(countedLevel)) return null;
    // A paragraph going on with a quote or a pronoun (“过去种玉米…”, 他说…) keeps the person, and the place, of the one
    // before, when that is finer than the item's main place.
    const kept = FIGURE_PLACE.continuesPerson.test(clean.slice(paragraphStart(), paragraphStart() + 60)) ? before(span.start)?.scope : undefined;
    return kept && (main === null || placeIdDepth(kept) > placeIdDepth(main)) ? kept : main;
  });
}
