/**
 * Finds where items begin: a headline with its byline, a headline over a photo caption, a ◆ brief,
 * an essay signed with ◎, a ◎ box of study lists, or a story under a bare section label.
 */
import type { ItemKind } from '../../contract/index.ts';
import { BLOCK_WORDS, type Block } from './splitItemsBlocks.ts';

export interface Head {
  kind: ItemKind;
  /** First and last block of the item. */
  first: number;
  last: number;
  /** Headline blocks (may lie before `first` when a photo's headline stands far from its caption). */
  titleFrom?: number;
  titleTo?: number;
  byline?: number;
  caption?: number;
  /** First block of the body. */
  bodyFrom: number;
  /** Byline-led items look for their headline inside the body (it can follow the byline or a column break). */
  searchBody: boolean;
  /** Headline and byline with no body: its caption comes later on the page. */
  dangling?: boolean;
}

const isHeadline = (b: Block | undefined): b is Block => !!b && !b.label && (b.kind === 'title' || b.kind === 'heading');
/** A kicker over the main headline: on the line right above it, or two phrases set apart by a space or quotes. */
const isKicker = (b: Block | undefined, main: Block): boolean =>
  isHeadline(b) && (main.gap === 1 || (b.text.length >= 6 && /[\s\u3000“”"]/.test(b.text)));
/** A ◎ line right under a headline that is a person's name signs an essay (◎ 安寅东); a short ■ line is a column's label. */
const isSignature = (b: Block): boolean => b.mark === '◎' && /^[\u4e00-\u9fff·]{2,5}$/.test(b.text);

export function findHeads(blocks: Block[]): Head[] {
  const heads: Head[] = [];
  const add = (h: Omit<Head, 'last'>) => heads.push({ ...h, last: h.first });
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const prev = blocks[i - 1];
    const next = blocks[i + 1];
    if (b.kind === 'byline') {
      let t = i - 1;
      while (blocks[t]?.kind === 'furniture') t--; // a source/date line between headline and byline
      const main = blocks[t];
      const open = heads[heads.length - 1];
      if (!isHeadline(main) && open?.kind === 'article' && blocks[open.first].opensPage && open.byline === undefined) {
        open.byline = i; // a web copy's reporter line under its dispatch line or editor's note
        continue;
      }
      if (!isHeadline(main)) {
        // The section label right above a byline-led story opens it (it may double as a kicker).
        const first = prev?.label && !claimed(heads, i - 1) ? i - 1 : i;
        add({ kind: 'article', first, byline: i, bodyFrom: i + 1, searchBody: true });
        continue;
      }
      // A subtitle (——记…) or a kicker sits with the line above it in one headline.
      const subtitle = /^[—-]{1,2}/.test(main.text) && isHeadline(blocks[t - 1]);
      const from = subtitle || isKicker(blocks[t - 1], main) ? t - 1 : t;
      add({ kind: 'article', first: from, titleFrom: from, titleTo: t, byline: i, bodyFrom: i + 1, searchBody: false });
    } else if (b.kind === 'caption') {
      const open = heads[heads.length - 1];
      if (open && open.bodyFrom === i && open.kind === 'article') { open.kind = 'photo'; open.caption = i; continue; }
      // A picture without its own headline set inside a running web story belongs to that story.
      if (open?.kind === 'article' && open.bodyFrom < i && !isHeadline(prev) && blocks[open.first].opensPage) continue;
      if (isHeadline(prev)) add({ kind: 'photo', first: i - 1, titleFrom: i - 1, titleTo: i - 1, caption: i, bodyFrom: i, searchBody: false });
      else add({ kind: 'photo', first: i, caption: i, bodyFrom: i, searchBody: false });
    } else if (b.kind === 'body' && isHeadline(prev) && !claimed(heads, i - 1) && (prev.opensPage || BLOCK_WORDS.newsLead.test(b.text))) {
      // A web copy's headline over a subtitle line (e-paper 副题): the first is the story's title.
      const from = blocks[i - 2]?.opensPage && isHeadline(blocks[i - 2]) && !prev.opensPage ? i - 2 : i - 1;
      add({ kind: 'article', first: from, titleFrom: from, titleTo: from, bodyFrom: i, searchBody: false });
    } else if (b.kind === 'brief') {
      add({ kind: 'brief', first: i, bodyFrom: i, searchBody: false });
    } else if (b.kind === 'mark' && isHeadline(prev) && isSignature(b) && !claimed(heads, i - 1)) {
      add({ kind: 'other', first: i - 1, titleFrom: i - 1, titleTo: i - 1, byline: i, bodyFrom: i + 1, searchBody: false });
    } else if (b.kind === 'mark' && next?.kind === 'list') {
      add({ kind: 'other', first: i, titleFrom: i, titleTo: i, bodyFrom: i + 1, searchBody: false });
    } else if (b.label && next?.kind === 'body') {
      add({ kind: 'article', first: i, bodyFrom: i + 1, searchBody: false });
    }
  }
  heads.sort((a, z) => a.first - z.first);
  setExtents(blocks, heads);
  pairDangling(heads);
  titleFromPage(blocks, heads);
  return heads;
}

/**
 * A web copy's headline over a picture and then a byline-led story (标题 / 图为… 摄 / 记者 张三 / 正文) heads that story, when
 * it found no headline of its own, not the picture.
 */
function titleFromPage(blocks: Block[], heads: Head[]): void {
  const top = blocks.findIndex((b) => b.opensPage);
  const h = heads.find((x) => x.kind === 'article');
  if (top < 0 || !h || h.titleFrom !== undefined || h.first <= top) return;
  // A picture right under it took it as its own headline; the story after the picture is what it heads.
  const claimer = heads.find((x) => x.first <= top && top <= x.last);
  if (claimer && !(claimer.kind === 'photo' && claimer.titleFrom === top)) return;
  // Only labels and pictures may stand between: a line further up with text between is a web page's furniture.
  const photo = (k: number) => heads.some((x) => x.kind === 'photo' && x.first <= k && k <= x.last);
  for (let k = top + 1; k < h.first; k++) if (!blocks[k].label && blocks[k].kind !== 'furniture' && !photo(k)) return;
  if (claimer) claimer.titleFrom = claimer.titleTo = undefined;
  h.titleFrom = h.titleTo = top;
}

/** Whether block `i` already belongs to the latest head (heads are found in page order). */
const claimed = (heads: Head[], i: number): boolean => {
  const h = heads[heads.length - 1];
  return !!h && h.first <= i && i <= (h.caption ?? h.byline ?? h.first);
};

/** Each item runs to the next one, less trailing labels and stray headlines; titleless items take a displaced headline. */
function setExtents(blocks: Block[], heads: Head[]): void {
  heads.forEach((h, n) => {
    const stop = n + 1 < heads.length ? heads[n + 1].first : blocks.length;
    const floor = Math.max(h.first, h.caption ?? h.byline ?? h.first);
    if (h.caption !== undefined) { h.last = h.caption; return; }
    let last = stop - 1;
    while (last > floor && isTrailer(blocks[last])) {
      if (h.titleFrom === undefined && h.kind === 'article' && isHeadline(blocks[last]) && last > h.bodyFrom) {
        h.titleFrom = h.titleTo = last;
        break;
      }
      last--;
    }
    h.last = last;
    if (h.titleFrom === undefined && h.searchBody) {
      for (let k = h.bodyFrom; k <= last; k++) {
        if (!isHeadline(blocks[k]) || blocks[k + 1]?.kind === 'byline') continue;
        h.titleFrom = h.titleTo = k;
        if (k === h.bodyFrom && k < last) h.bodyFrom = k + 1;
        break;
      }
    }
    if (h.kind === 'article' && h.titleFrom !== undefined && h.titleTo !== undefined && h.byline !== undefined
      && h.byline > h.titleTo && h.bodyFrom >= stop) h.dangling = true;
  });
}

const isTrailer = (b: Block): boolean => b.label || b.kind === 'furniture' || b.kind === 'title' || b.kind === 'heading' || b.kind === 'mark';

/** A headline and byline with no body belong to the next caption that has no headline of its own. */
function pairDangling(heads: Head[]): void {
  heads.forEach((h, n) => {
    if (!h.dangling) return;
    const photo = heads.slice(n + 1).find((p) => p.kind === 'photo' && p.titleFrom === undefined);
    if (!photo) { h.dangling = false; return; }
    photo.titleFrom = h.titleFrom;
    photo.titleTo = h.titleTo;
  });
}
