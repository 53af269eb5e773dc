/**
 * A figure after a list of places counts the list (城川镇大沟湾村、大场子村50余名老年人): the smallest unit holding every
 * listed place is its place. One rule of figurePlace, apart because it reads the list's joints.
 */
import { ancestorAt, codeDepth, isRegionId, placeId } from '../../contract/index.ts';
import type { ResolvedMention } from '../types.ts';
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
  // The list is the run of items before the figure, each following the one before with only a joining word between.
  const startOf = (m: ResolvedMention) => {
    let start = m.start;
    for (let j = inside.indexOf(m) - 1; j >= 0 && inside[j].end === start; j--) start = inside[j].start;
    return start;
  };
  let first = last.length - 1;
  while (first > 0 && joins.test(clean.slice(last[first - 1].end, startOf(last[first])))) first--;
  const items = last.slice(first);
  if (items.length < 2) return undefined;
  const codes = items.filter((m) => sure.has(m)).flatMap((m) => m.code ?? m.parentCode ?? []);
  if (codes.length < 2) return undefined;
  let depth = Math.min(...codes.map(codeDepth));
  while (depth > 0 && !codes.every((c) => ancestorAt(c, depth) === ancestorAt(codes[0], depth))) depth--;
  // Banners of several leagues (四子王旗、鄂伦春自治旗、宁城县5个旗县) count for the region, which no map place stands for.
  const start = startOf(items[0]);
  if (depth === 0) return { scope: null, start };
  if (codes.some((c) => codeDepth(c) === depth)) return undefined;
  const id = placeId(ancestorAt(codes[0], depth));
  return ids.has(id) || isRegionId(id) ? { scope: id, start } : undefined;
}
