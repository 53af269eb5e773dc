/**
 * Splits a newspaper page (clean text) into its items: headline articles, photos, briefs and other boxes.
 * Items come out in page order without overlaps; section labels and furniture fall between them.
 * A headline may lie outside its item's span when it stands far from its photo caption.
 */
import type { ItemSpan, Span } from '../types.ts';
import { scanBlocks, type Block } from './splitItemsBlocks.ts';
import { findHeads, type Head } from './splitItemsHeads.ts';
import { creditSpan, parenByline } from './splitItemsBylines.ts';
import { dispatchTitle, leadClause } from './splitItemsClause.ts';

export function splitItems(clean: string): ItemSpan[] {
  const blocks = scanBlocks(clean);
  const content = blocks.filter((b) => b.kind !== 'furniture');
  if (!content.length) return [];
  const all = findHeads(blocks);
  // A dangling headline now titles its caption; its own lines are left out like labels.
  for (const h of all) if (h.dangling) for (let k = h.first; k <= h.last; k++) blocks[k].label = true;
  const heads = all.filter((h) => !h.dangling);
  if (!heads.length) return [withTitle(clean, wholePage(content))];
  const items: ItemSpan[] = [];
  pushLoose(items, blocks, 0, heads[0].first);
  heads.forEach((h, n) => {
    items.push(toItem(clean, blocks, h));
    pushLoose(items, blocks, h.last + 1, n + 1 < heads.length ? heads[n + 1].first : blocks.length);
  });
  return items.map((it) => withTitle(clean, it));
}

/** An item that prints no headline (a brief, a web copy without one) is titled as editors cite it; photos keep none. */
function withTitle(clean: string, item: ItemSpan): ItemSpan {
  // A copy whose only headline is its dispatch line (新华社…电 题:…) is titled by what follows 题.
  const headline = item.title && dispatchTitle(clean, item.title.start, item.title.end);
  if (headline) return { ...item, title: headline };
  if (item.title || item.kind === 'photo') return item;
  const dispatched = dispatchTitle(clean, item.bodyStart, item.end);
  if (dispatched) return { ...item, title: dispatched };
  const title = leadClause(clean, item.bodyStart, item.end);
  return title ? { ...item, title, titleFromLead: true } : item;
}

/** No structure found: the page is one article, titled by its first line when that looks like a headline. */
function wholePage(content: Block[]): ItemSpan {
  const first = content[0];
  const titled = (first.kind === 'title' || first.kind === 'heading') && !first.label && content.length > 1;
  // A web copy may set its author's name alone under the headline (许震): the body starts after it.
  const author = titled && content.length > 2 && content[1].kind === 'title' && /^\p{Script=Han}{2,4}$/u.test(content[1].text);
  const body = titled ? content[author ? 2 : 1] : content.find((b) => !b.label) ?? first;
  return {
    kind: 'article', start: first.start, end: content[content.length - 1].end,
    title: titled ? first.content : null, byline: null, bodyStart: body.start,
  };
}

const isLoose = (b: Block): boolean => b.label || b.kind === 'furniture';
const isHeadline = (b: Block): boolean => !b.label && (b.kind === 'title' || b.kind === 'heading');

/** Blocks that belong to no head: a story continued after a photo set in it, or text before the first headline. */
function pushLoose(items: ItemSpan[], blocks: Block[], from: number, stop: number): void {
  let a = from;
  while (a < stop && isLoose(blocks[a])) a++;
  let z = stop - 1;
  while (z >= a && isLoose(blocks[z])) z--;
  if (z < a) return;
  if (a === z && isHeadline(blocks[a])) return; // a stray headline alone is furniture
  const titled = isHeadline(blocks[a]);
  const title: Span | null = titled ? blocks[a].content : isHeadline(blocks[z]) ? blocks[z].content : null;
  const bodyStart = titled ? blocks[a + 1].start : blocks[a].start;
  items.push({ kind: 'article', start: blocks[a].start, end: blocks[z].end, title, byline: null, bodyStart });
}

function toItem(clean: string, blocks: Block[], h: Head): ItemSpan {
  const title: Span | null = h.titleFrom !== undefined && h.titleTo !== undefined
    ? { start: blocks[h.titleFrom].content.start, end: blocks[h.titleTo].content.end }
    : null;
  let byline: Span | null = h.byline !== undefined ? blocks[h.byline].content : null;
  if (h.kind === 'photo' && h.caption !== undefined) byline = creditSpan(clean, blocks[h.caption]) ?? byline;
  if (h.kind === 'brief') byline = parenByline(clean, blocks[h.last]);
  const first = blocks[h.first];
  const bodyStart = h.kind === 'brief' ? first.content.start : blocks[Math.min(h.bodyFrom, h.last)].start;
  return { kind: h.kind, start: first.start, end: blocks[h.last].end, title, byline, bodyStart };
}

/** Index of the item whose span (or far-standing headline) contains clean offset `at`, or -1 (labels, furniture). Binary search. */
export function itemIndexAt(items: ItemSpan[], at: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at < items[mid].start) hi = mid - 1;
    else if (at >= items[mid].end) lo = mid + 1;
    else return mid;
  }
  return items.findIndex((it) => it.title !== null && at >= it.title.start && at < it.title.end && (at < it.start || at >= it.end));
}
