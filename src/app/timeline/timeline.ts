/**
 * The timeline: visible initiatives per month or year (all filters but time), with a brush — drag across bars, or
 * click one — that sets `from`/`to`; undated initiatives have their own bar, which drops or restores them
 * (`undated: false`). Hidden when no initiative is dated. Bars are buttons, so the keyboard can use them too.
 */
import type { IndexedInitiative } from '../../contract/index.ts';
import type { Visibility } from '../visibility.ts';
import { h } from '../dom.ts';
import { t } from '../i18n/index.ts';
import type { AtlasData, AtlasState, Lang, Store } from '../types.ts';
import { buckets, dateOf, type Bucket } from './period.ts';
import './timeline.css';

export interface TimelineDeps {
  data: AtlasData;
  store: Store;
  lang: () => Lang;
  /** A visibility kept for the timeline alone (it is asked with the period left out), so a change reads typed arrays. */
  shown: Visibility;
}

/** Every initiative's date, in data order, and whether any is dated: read once per data set, not per render. */
const datesOf = new WeakMap<readonly IndexedInitiative[], { dates: (string | null)[]; any: boolean }>();
function datesFor(its: readonly IndexedInitiative[]) {
  let d = datesOf.get(its);
  if (!d) { const dates = its.map(dateOf); datesOf.set(its, (d = { dates, any: dates.some((x) => x !== null) })); }
  return d;
}

/** What each timeline root shows now: a render that would draw the same leaves the bars as they are. */
const drawnIn = new WeakMap<HTMLElement, string>();

/** Whether a bar lies inside the chosen period (all bars when there is none). */
function chosen(b: Bucket, s: AtlasState): boolean {
  return (!s.from || b.key >= s.from.slice(0, b.key.length)) && (!s.to || b.key <= s.to.slice(0, b.key.length));
}

/** Renders into `root` (call again after every state or language change). */
export function renderTimeline(root: HTMLElement, d: TimelineDeps): void {
  const s = d.store.get();
  const lang = d.lang();
  const { dates, any } = datesFor(d.data.initiatives);
  root.hidden = !any;
  if (root.hidden) { drawnIn.delete(root); return root.replaceChildren(); }
  // Counts follow every filter but time, so the bars outside the period still say what the brush would bring back.
  const free = { ...s, from: null, to: null };
  d.shown.visible(free);
  const { bars, undated } = buckets(dates.filter((_, i) => d.shown.hasAt(i)));
  // Details arriving or the map moving re-render the app; rebuilding the same bars would cut off a drag in progress.
  const drawn = JSON.stringify([lang, s.from, s.to, s.undated, undated, bars]);
  if (drawnIn.get(root) === drawn) return;
  drawnIn.set(root, drawn);
  const max = Math.max(1, undated, ...bars.map((b) => b.count));
  const bar = (label: string, count: number, on: boolean, extra: Record<string, string>) => {
    const btn = h('button', { type: 'button', class: `tl-bar${on ? ' on' : ''}`, 'aria-pressed': String(on), title: `${label}: ${count}`, ...extra },
      h('span', { class: 'tl-fill' }), h('span', { class: 'tl-label' }, label));
    (btn.firstChild as HTMLElement).style.height = `${Math.round((count / max) * 100)}%`;
    return btn;
  };
  const row = h('div', { class: 'tl-bars', role: 'group', 'aria-label': t('timeline.label', lang) },
    ...bars.map((b, i) => bar(b.key, b.count, chosen(b, s), { 'data-index': String(i), 'data-key': b.key })));
  const undatedBar = undated || s.undated === false
    ? bar(t('timeline.undated', lang), undated, s.undated !== false, { class: `tl-bar tl-undated${s.undated !== false ? ' on' : ''}` }) : null;
  undatedBar?.addEventListener('click', () => d.store.set({ undated: s.undated === false ? undefined : false }, { push: true }));
  const clear = h('button', { type: 'button', class: 'tl-clear linklike', hidden: !s.from && !s.to }, t('timeline.all', lang));
  clear.addEventListener('click', () => d.store.set({ from: null, to: null }, { push: true }));
  brush(row, bars, d.store);
  root.replaceChildren(h('div', { class: 'tl-head' }, h('span', {}, t('timeline.title', lang)), clear), h('div', { class: 'tl-body' }, row, undatedBar));
}

/** Press on one bar and release on another to choose the bars between; a press and release on one bar chooses it. */
function brush(row: HTMLElement, bars: Bucket[], store: Store): void {
  let start: number | null = null;
  const indexAt = (e: PointerEvent) => {
    const el = (document.elementFromPoint(e.clientX, e.clientY) as HTMLElement | null)?.closest<HTMLElement>('.tl-bar[data-index]');
    return el ? Number(el.dataset.index) : null;
  };
  const mark = (a: number, b: number) => row.querySelectorAll<HTMLElement>('.tl-bar').forEach((el, i) => el.classList.toggle('brushing', i >= Math.min(a, b) && i <= Math.max(a, b)));
  row.addEventListener('pointerdown', (e) => { start = indexAt(e); if (start !== null) { row.setPointerCapture(e.pointerId); mark(start, start); } });
  row.addEventListener('pointermove', (e) => { const i = start !== null ? indexAt(e) : null; if (start !== null && i !== null) mark(start, i); });
  row.addEventListener('pointerup', (e) => {
    const end = indexAt(e) ?? start;
    if (start === null || end === null) return;
    const [a, b] = [Math.min(start, end), Math.max(start, end)];
    start = null;
    store.set({ from: bars[a].key, to: bars[b].key }, { push: true });
  });
  // Keyboard: Enter or Space on a bar chooses that bar (a pointer click arrives as pointerup first, then click with detail > 0).
  row.addEventListener('click', (e) => {
    const el = (e.target as HTMLElement).closest<HTMLElement>('.tl-bar[data-index]');
    if (el && e.detail === 0) store.set({ from: el.dataset.key!, to: el.dataset.key! }, { push: true });
  });
}
