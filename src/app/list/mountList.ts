/**
 * The list of visible initiatives beside the map (also the screen-reader path): a sortable table whose rows
 * are reached with the arrow keys (roving tabindex) and select their main place with Enter; CSV/GeoJSON download.
 * It shows a page of rows at a time ("show more", or arrowing past the last row), so an archive of tens of thousands
 * of initiatives never puts tens of thousands of rows in the page.
 */
import './list.css';
import { pageFontFor } from '../fonts.ts';
import { loadPlaceNames, placeNamesReady, t } from '../i18n/index.ts';
import type { MountedUi } from '../search/searchTypes.ts';
import type { UiContext } from '../types.ts';
import { downloadCsv, downloadGeojson } from './download.ts';
import { buildListDom, renderHead, rowView } from './listView.ts';
import { allRows, type ListRow } from './rows.ts';
import { defaultDirection, rowSorter, type SortDirection, type SortKey } from './sort.ts';
import { LIST_DEFAULTS } from './listDefaults.ts';

export { LIST_DEFAULTS };

let instances = 0;

/** How many rows must be listed for row `i` to be on the page: whole pages, at least one. */
const rowsThrough = (i: number) => Math.max(1, Math.ceil((i + 1) / LIST_DEFAULTS.pageSize)) * LIST_DEFAULTS.pageSize;

/** Same ids in the same order; identity first, since the app hands back the same array while nothing changed. */
function sameIds(a: readonly string[], b: readonly string[] | null): boolean {
  return a === b || (b !== null && a.length === b.length && a.every((x, i) => x === b[i]));
}

export function mountList(el: HTMLElement, ctx: UiContext): MountedUi {
  const dom = buildListDom(`atlas-list-${++instances}`);
  el.append(dom.root);
  let sortKey: SortKey = 'title';
  let direction: SortDirection = defaultDirection(sortKey);
  let rows: ListRow[] = [];
  let shown: readonly string[] | null = null;
  let limit = LIST_DEFAULTS.pageSize;
  let current = 0;
  let sorter: ReturnType<typeof rowSorter> | undefined;
  // Rows are made for every initiative in data order, so row n is data.initiatives[n], as `visibleAt` counts.
  const sorted = (ids: readonly string[]) => (sorter ??= rowSorter(allRows(ctx.data)))(ids, sortKey, direction, ctx.visibleAt);

  const rowEls = () => Array.from(dom.body.children) as HTMLTableRowElement[];

  function setCurrent(i: number, focus: boolean): void {
    const all = rowEls();
    if (!all.length) return;
    current = Math.max(0, Math.min(all.length - 1, i));
    all.forEach((r, j) => (r.tabIndex = j === current ? 0 : -1));
    if (focus) all[current].focus();
  }

  function markSelected(): void {
    const place = ctx.store.get().place;
    for (const [i, r] of rowEls().entries()) {
      if (place !== null && rows[i]?.placeId === place) r.setAttribute('aria-current', 'true');
      else r.removeAttribute('aria-current');
    }
  }

  /** The rows on the page: the first `limit` of the sorted visible rows. */
  function renderBody(lang: ReturnType<typeof ctx.lang>): void {
    const n = Math.min(limit, rows.length);
    dom.body.replaceChildren(...rows.slice(0, n).map((r) => rowView(r, lang)));
    dom.caption.textContent = n < rows.length ? t('list.captionPartial', lang, { shown: n, n: rows.length }) : t('list.caption', lang, { n: rows.length });
    dom.more.hidden = n >= rows.length;
    dom.more.textContent = t('list.more', lang, { n: Math.min(LIST_DEFAULTS.pageSize, rows.length - n) });
  }

  /** Puts row `i` (and the page it is on) on the page. */
  function reveal(i: number): void {
    if (i < limit) return;
    limit = rowsThrough(i);
    renderBody(ctx.lang());
    markSelected();
  }

  function render(): void {
    const lang = ctx.lang();
    const visible = ctx.visible();
    const focusedId = dom.body.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.id : undefined;
    rows = sorted(visible.initiatives);
    shown = visible.initiatives;
    dom.heading.textContent = t('list.title', lang);
    dom.downloads.setAttribute('aria-label', t('download.label', lang));
    dom.csvButton.textContent = t('download.csv', lang);
    dom.geojsonButton.textContent = t('download.geojson', lang);
    renderHead(dom.headRow, lang, sortKey, direction);
    // Keep the keyboard user's place in the list across re-renders, on the page even if it lies beyond the first.
    const again = focusedId ? rows.findIndex((r) => r.id === focusedId) : -1;
    limit = rowsThrough(again);
    renderBody(lang);
    dom.empty.textContent = t('list.empty', lang);
    dom.empty.hidden = rows.length > 0;
    dom.csvButton.disabled = dom.geojsonButton.disabled = rows.length === 0;
    setCurrent(again >= 0 ? again : Math.min(current, rows.length - 1), again >= 0);
    markSelected();
  }

  function choose(i: number): void {
    const row = rows[i];
    if (!row?.placeId) return;
    setCurrent(i, false);
    ctx.store.set({ place: row.placeId }, { push: true });
  }

  const indexOfRow = (target: EventTarget | null): number => {
    const tr = (target as Element | null)?.closest?.('tr');
    return tr ? rowEls().indexOf(tr as HTMLTableRowElement) : -1;
  };

  function onKey(e: KeyboardEvent): void {
    const i = indexOfRow(e.target);
    if (i < 0) return;
    // End goes to the last row on the page; arrowing past it brings the next page in.
    const last = Math.min(limit, rows.length) - 1;
    const moves: Record<string, number> = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: last, PageDown: i + 10, PageUp: i - 10 };
    if (e.key in moves) {
      e.preventDefault();
      const to = Math.max(0, Math.min(rows.length - 1, moves[e.key]));
      reveal(to);
      setCurrent(to, true);
    }
    else if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); choose(i); }
  }

  function onHeadClick(e: MouseEvent): void {
    const key = (e.target as Element).closest<HTMLElement>('[data-sort]')?.dataset.sort as SortKey | undefined;
    if (!key) return;
    direction = key === sortKey ? (direction === 'ascending' ? 'descending' : 'ascending') : defaultDirection(key);
    sortKey = key;
    render();
    dom.headRow.querySelector<HTMLElement>(`[data-sort="${key}"]`)?.focus();
  }

  const onBodyClick = (e: MouseEvent) => { const i = indexOfRow(e.target); if (i >= 0) choose(i); };
  /** Runs an export, saying while its details load and, if they fail, why. */
  const exporting = (run: () => Promise<void>) => async () => {
    dom.downloadStatus.textContent = t('details.loading', ctx.lang());
    try {
      await run();
      dom.downloadStatus.textContent = '';
    } catch (e) {
      dom.downloadStatus.textContent = t('details.failed', ctx.lang(), { problem: e instanceof Error ? e.message : String(e) });
    }
  };
  const onCsv = exporting(() => downloadCsv(ctx.data, rows.map((r) => r.id)));
  const onGeojson = exporting(() => downloadGeojson(ctx.data, ctx.visible()));
  const onMore = () => reveal(limit);
  dom.more.addEventListener('click', onMore);
  dom.body.addEventListener('keydown', onKey);
  dom.body.addEventListener('click', onBodyClick);
  dom.headRow.addEventListener('click', onHeadClick);
  dom.csvButton.addEventListener('click', onCsv);
  dom.geojsonButton.addEventListener('click', onGeojson);
  // The view (pan/zoom) changes often and does not change the list: only re-render when the visible set does.
  const unsubscribe = ctx.store.subscribe((s, prev) => {
    if (!sameIds(ctx.visible().initiatives, shown)) render();
    else if (s.place !== prev.place) markSelected();
  });

  function refresh(): void {
    if (ctx.lang() === 'en' && !placeNamesReady()) void loadPlaceNames().then(render);
    render();
  }
  // The first page goes in once the font slices its text needs are in (a reader without a CJK font gets the shipped one
  // in slices): a hundred rows laid out once, not again as each slice arrives.
  const lang = ctx.lang();
  const fonts = pageFontFor(sorted(ctx.visible().initiatives).slice(0, limit).map((r) => rowView(r, lang).textContent).join(''));
  let gone = false;
  const firstShown = fonts ? fonts.then(() => { if (!gone) refresh(); }) : (refresh(), undefined);

  return { refresh, destroy() { gone = true; unsubscribe(); dom.root.remove(); }, firstShown };
}
