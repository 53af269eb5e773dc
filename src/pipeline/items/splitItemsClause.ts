/**
 * Titles for items that print none: the headline a wire dispatch repeats after 题: ("…电 题:河套有个羊联体"),
 * else the lead's first clause — running on past a leading time, source or frame adverbial ("3月,冰雪消融"), as editors
 * cite briefs.
 */
import type { Span } from '../types.ts';
import { BLOCK_WORDS } from './splitItemsBlocks.ts';
import { DISPATCH_HEADLINE } from '../text/normaliseTextFurniture.ts';

/**
 * A clause opener that only says when (日前, 今年以来, 3月, 盛夏时节, 春节假期后, 截至目前), who told (据介绍, 据某局统计,
 * 记者从某局获悉), why (受降雪影响) or in what frame (在创先争优活动中): the title goes on to the next clause.
 */
const LEAD_OPENER = new RegExp('^(?:' + [
  '日前|近日|近期|目前|当前|如今|眼下|近年来|今年以来|去年以来',
  '[^,,。]{0,8}(?:[年月日天]|时节|时期|期间|以来|之际|前后|[上中下]旬|[前后时初底末]|清晨|早上|上午|中午|下午|傍晚|晚上|夜晚|凌晨)',
  '截至[^,,。]{0,16}', '据[^,,。]{0,20}?(?:介绍|了解|悉|统计|报道|测算|反映)', '记者(?:从[^,,。]{1,30}?)?(?:了解到|获悉|得知)',
  '受[^,,。]{1,16}影响', '在[^,,。]{1,16}(?:中|下|期间|之际)',
].join('|') + ')$');
const CLAUSE_END = /[,,;;。!?!?\n]/;
/** A brief's place label before its lead, set off by a space (◆扎赉特旗 日前,…): the opener is read after it. */
const BRIEF_LABEL = /^[^\s,,。]{2,8}[ \u3000]+/;
const OPEN = '“‘《((【[';
const CLOSE = '”’》))】]';
/** A title longer than this is cut: a lead without a comma this far is one long sentence. */
const MAX_TITLE = 80;
/** What may follow a dispatch headline on its line: the reporter credit (with its outlet), or the story's first sentence. */
const CREDIT_OR_SENTENCE = /记者|通讯员|。/;
/** Where a dispatch headline stops: that credit or sentence, a space, or the line's end. */
const AFTER_DISPATCH_TITLE = new RegExp(`${CREDIT_OR_SENTENCE.source}|\\s|$`);
const CREDIT_OUTLET = /(?:新华社|中新社|中新网|新华网|人民网|本报|特约|见习)$/;

/** End of the clause starting at `from` (before `to`): the next comma or stop outside quotes and brackets. */
function clauseEnd(clean: string, from: number, to: number): number {
  let depth = 0;
  for (let k = from; k < to && k - from < MAX_TITLE; k++) {
    const c = clean[k];
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && CLAUSE_END.test(c)) return k;
  }
  return Math.min(to, from + MAX_TITLE);
}

/**
 * A dispatch that opens a lead with its credit (新华社呼和浩特10月3日电(记者董璐、李云平), 本报讯(记者 孙七)): where and who
 * filed it, which no editor quotes as the story's title.
 */
const LEAD_DISPATCH = new RegExp(BLOCK_WORDS.newsLead.source + String.raw`\s*(?:[((][^()()]{0,30}[))])?\s*`);

/**
 * The lead's first clause (two when the first only says when, who told, why or in what frame), from the first text at or
 * after `from`, past a dispatch.
 */
export function leadClause(clean: string, from: number, to: number): Span | null {
  let a = from;
  // Nothing opens a clause with its closing mark: a run of them (web copies' ???? for lost spaces) is skipped.
  while (a < to && (/\s/.test(clean[a]) || CLAUSE_END.test(clean[a]))) a++;
  const dispatch = LEAD_DISPATCH.exec(clean.slice(a, Math.min(to, a + 60)));
  if (dispatch && a + dispatch[0].length < to) a += dispatch[0].length;
  if (a >= to) return null;
  let z = clauseEnd(clean, a, to);
  // Up to two such openers (记者从某局获悉,5月1日17时,…); a doubled comma (近年来,,某旗…) opens no clause of its own.
  for (let b = a, n = 0; n < 2 && LEAD_OPENER.test(clean.slice(b, z).replace(BRIEF_LABEL, '')) && /[,,]/.test(clean[z] ?? ''); n++) {
    b = z + 1;
    while (b < to && /[,,\s]/.test(clean[b])) b++;
    z = clauseEnd(clean, b, to);
  }
  while (z > a && /\s/.test(clean[z - 1])) z--;
  return z > a ? { start: a, end: z } : null;
}

/** The headline a wire dispatch repeats after 题: in the first line from `from`, or null. */
export function dispatchTitle(clean: string, from: number, to: number): Span | null {
  const lineEnd = clean.indexOf('\n', from);
  const line = clean.slice(from, lineEnd < 0 || lineEnd > to ? to : lineEnd);
  const m = DISPATCH_HEADLINE.exec(line);
  if (!m) return null;
  const start = m.index + m[0].length;
  // A line that ends with the headline (no credit or sentence after it) keeps its two halves (首都帮“薯都” 农民挺起了“腰杆”).
  const alone = !CREDIT_OR_SENTENCE.test(line.slice(start));
  const stop = alone ? null : AFTER_DISPATCH_TITLE.exec(line.slice(start + 2));
  let end = alone ? line.trimEnd().length : start + 2 + (stop ? stop.index : 0);
  end -= CREDIT_OUTLET.exec(line.slice(start, end))?.[0].length ?? 0;
  return end - start >= 2 && end - start <= 40 ? { start: from + start, end: from + end } : null;
}
