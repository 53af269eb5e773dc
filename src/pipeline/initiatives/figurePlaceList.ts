/**
 * A figure after a list of places counts the list (城川镇大沟湾村、大场子村50余名老年人): the smallest unit holding every
 * listed place is its place; with 分别 the figures after it go to the places one by one. Rules of figurePlace, apart because
 * they read the list's joints.
 */
import { ancestorAt, codeDepth, isRegionId, placeId } from '../../contract/index.ts';
import type { ResolvedMention, Span } from '../types.ts';
import type { Scope } from './figurePlace.ts';

/** Words between a list of places and a figure that make it each one's (各有, 分别, 均, 都, 每). */
const EACH = /各|分别|均|都|每/;
/** What joins the items of a list of places: 、, 和, 及, 与, 以及 (spaces aside). */
const JOINS = /^(?:\s|、|和|及|与|以及)*$/;
/**
 * What may stand between a list and a figure of its clause that counts it: a few words, counts of the list's units among
 * them (…和乌拉特前旗4个苏木镇的21个嘎查村的1876户), but no further item of another list (…新地村等6个村、13个旗直机关: the 13
 * are not the villages').
 */
const LIST_TO_FIGURE = /^[^、和及与，,]{0,20}$/;
/** … or, for a figure in a later clause, each item's own figure and then a joining word or comma (新城区10个,回民区50个…). */
const JOINS_WITH_FIGURES = /^[^。；;！？!?]{0,10}?(?:、|，|,|和|及|与|以及)\s*$/;

/**
 * The figure after a list of places in [from, to) (小牛群镇关山沟村和东卡拉村、王爷府镇哈拉海沟村…四处安置点, 283户) counts them
 * together: it belongs to the smallest league, banner or town holding them all, not to the last one listed; unless a word
 * says it is each one's (各有100户). A chain (王爷府镇哈拉海沟村) is one item, its deepest link; an item the resolver left
 * unsure or unplaced (not in `sure`) still joins the list but says nothing of where it lies. Places of several leagues make it the region's.
 */
export function listedTogether(
  clean: string, from: number, to: number, where: 'clause' | 'sentence', mentions: ResolvedMention[], sure: ReadonlySet<ResolvedMention>,
  ids: ReadonlySet<string>,
): { scope: Scope; start: number } | undefined {
  const joins = where === 'clause' ? JOINS : JOINS_WITH_FIGURES;
  const inside = mentions.filter((m) => m.start >= from && m.end <= to);
  const last = inside.filter((m, k) => !(inside[k + 1] && inside[k + 1].start === m.end));
  if (last.length < 2) return undefined;
  const tail = clean.slice(last[last.length - 1].end, to);
  // In the figure's own clause the list is what it counts only when nothing else was listed between them.
  if (EACH.test(tail) || (where === 'clause' && !LIST_TO_FIGURE.test(tail))) return undefined;
  const { items, start } = listRun(clean, inside, (m) => m, joins);
  if (items.length < 2) return undefined;
  const codes = items.filter((m) => sure.has(m)).flatMap((m) => m.code ?? m.parentCode ?? []);
  if (codes.length < 2) return undefined;
  let depth = Math.min(...codes.map(codeDepth));
  while (depth > 0 && !codes.every((c) => ancestorAt(c, depth) === ancestorAt(codes[0], depth))) depth--;
  // Banners of several leagues (四子王旗、鄂伦春自治旗、宁城县5个旗县) count for the region, which no map place stands for.
  if (depth === 0) return { scope: null, start };
  if (codes.some((c) => codeDepth(c) === depth)) return undefined;
  const id = placeId(ancestorAt(codes[0], depth));
  return ids.has(id) || isRegionId(id) ? { scope: id, start } : undefined;
}

/**
 * The list ending with the last of `inside` (in text order): its items, each its chain's deepest link and each following
 * the one before with only a joining word (`joins`) between, and where the first item's chain starts.
 */
function listRun<T>(clean: string, inside: readonly T[], span: (x: T) => Span, joins: RegExp): { items: T[]; start: number } {
  const items: T[] = [];
  let start = -1;
  for (let j = inside.length - 1; j >= 0; j--) {
    const at = span(inside[j]);
    // The links of a chain follow each other with no gap: the item is its deepest link, taken first.
    if (items.length && at.end === start) { start = at.start; continue; }
    if (items.length && !joins.test(clean.slice(at.end, start))) break;
    items.unshift(inside[j]);
    start = at.start;
  }
  return { items, start };
}

/** Between a list and its 分别: nothing, or a few words naming the list (两镇, 三个嘎查), but no further item. */
const LIST_TO_RESPECTIVELY = /^[^、和及与，,。；;]{0,6}$/;

/**
 * The place of a figure that a list pairs with its figures in order (王爷府镇和美林镇分别建成养殖场12个和8个): when 分别
 * follows a list of places in the figure's sentence and is followed there by as many figures of one unit as the list has
 * places, the n-th figure is the n-th place's (a chain is one item, its deepest link). Undefined otherwise.
 */
export function respectively<T extends { m: ResolvedMention; scope: Scope }>(
  clean: string, f: Span & { unit: string }, figures: readonly (Span & { unit: string })[], sentenceStart: number,
  sentenceEnd: () => number, scoped: readonly T[],
): T | undefined {
  // Only the figure's own sentence is read: most have no 分别, and the page before them is never scanned.
  const back = clean.slice(sentenceStart, f.start).lastIndexOf('分别');
  if (back < 0) return undefined;
  const k = sentenceStart + back;
  const inList = scoped.filter((x) => x.m.start >= sentenceStart && x.m.end <= k);
  const last = inList[inList.length - 1];
  if (!last || !LIST_TO_RESPECTIVELY.test(clean.slice(last.m.end, k))) return undefined;
  const { items } = listRun(clean, inList, (x) => x.m, JOINS);
  if (items.length < 2) return undefined;
  const end = sentenceEnd();
  const after = figures.filter((g) => g.start > k && g.end <= end).sort((a, b) => a.start - b.start);
  let n = 0;
  while (n < after.length && after[n].unit === after[0].unit) n++;
  const at = after.indexOf(f);
  return n === items.length && at >= 0 && at < n ? items[at] : undefined;
}
