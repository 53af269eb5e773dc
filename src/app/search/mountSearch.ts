/**
 * The search box: an ARIA 1.2 combobox (input + listbox, aria-activedescendant) over regions, places and initiatives,
 * results grouped by kind. Typing writes `query` to the store (debounced); choosing a suggestion selects it.
 * A text that finds nothing says so and leaves the map as it is (see filter.ts).
 */
import './search.css';
import { h } from '../dom.ts';
import { loadPlaceNames, placeNamesReady, t } from '../i18n/index.ts';
import type { UiContext } from '../types.ts';
import { query } from './searchQuery.ts';
import type { MountedUi, SearchEntry, SearchIndex } from './searchTypes.ts';
import { selectionFor } from './selection.ts';
import { displayName, groupViews } from './optionView.ts';
import { buildSearchDom } from './searchDom.ts';
import { nextActive } from './activeOption.ts';
import { SEARCH_DEFAULTS, loadSearchIndex } from './searchResults.ts';

export { SEARCH_DEFAULTS };

/** The search box's handle; `ready()` builds the index now (warm-up after the map is idle, tests). */
export interface SearchHandle extends MountedUi {
  ready(): Promise<void>;
}

let instances = 0;

export function mountSearch(el: HTMLElement, ctx: UiContext, opts: Partial<typeof SEARCH_DEFAULTS> = {}): SearchHandle {
  const cfg = { ...SEARCH_DEFAULTS, ...opts };
  const base = `atlas-search-${++instances}`;
  const { root, label, input, listbox, empty, status } = buildSearchDom(base);
  el.append(root);

  let index: SearchIndex | null = null;
  let loading: Promise<void> | null = null;
  let results: SearchEntry[] = [];
  let options: HTMLLIElement[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Enter was pressed before the index had loaded: take the best result as soon as it has. */
  let pendingEnter = false;
  /** Details files that could not be loaded: their summaries and figures are not searched, which the box says. */
  let unsearched = 0;
  let lastWritten = ctx.store.get().query;
  input.value = lastWritten;

  // The index needs the pinyin dictionary: build it on first use, in its own chunk; it is built again once every
  // details file is in, so that summaries and figure labels are found too.
  const ensureIndex = (): Promise<void> => {
    void ctx.data.details.loadAll().then((problems) => {
      if (problems.length === unsearched) return;
      unsearched = problems.length;
      if (document.activeElement === input) update();
    });
    return (loading ??= loadSearchIndex(ctx.data).then((built) => {
      index = built;
      if (pendingEnter) {
        pendingEnter = false;
        update();
        if (results[0]) choose(results[0]);
      } else if (document.activeElement === input && input.value.trim()) update();
    }));
  };

  function setActive(i: number): void {
    active = i;
    options.forEach((o, j) => o.setAttribute('aria-selected', String(j === i)));
    const opt = i >= 0 ? options[i] : null;
    if (opt) {
      input.setAttribute('aria-activedescendant', opt.id);
      (opt as HTMLElement).scrollIntoView?.({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function open(show: boolean): void {
    listbox.hidden = !show;
    input.setAttribute('aria-expanded', String(show));
    if (!show) setActive(-1);
  }

  function update(): void {
    const lang = ctx.lang();
    results = index ? query(index, input.value, cfg.limit) : [];
    const view = groupViews(results, base, lang);
    options = view.options;
    listbox.replaceChildren(...view.groups);
    active = -1;
    input.removeAttribute('aria-activedescendant');
    const typed = input.value.trim() !== '';
    open(typed && results.length > 0);
    const none = typed && index !== null && results.length === 0;
    empty.hidden = !none || document.activeElement !== input;
    empty.textContent = none ? t('search.noResultsFor', lang, { q: input.value.trim() }) : '';
    const partial = typed && index && unsearched ? t('search.partial', lang, { n: unsearched }) : '';
    // Said beside the initiatives found (or the "no results" note), and to screen readers with the count.
    const initiativesLabel = view.groups.find((g) => g.dataset.type === 'initiative')?.querySelector('.atlas-search__group-label');
    if (partial) (initiativesLabel ?? empty).append(h('small', { class: 'atlas-search__partial' }, partial));
    const count = !typed || !index ? '' : results.length ? t('search.results', lang, { n: results.length }) : t('search.noResults', lang);
    status.textContent = [count, partial].filter(Boolean).join('; ');
  }

  function writeQuery(text: string): void {
    clearTimeout(timer);
    lastWritten = text;
    ctx.store.set({ query: text });
  }

  function choose(entry: SearchEntry): void {
    clearTimeout(timer);
    input.value = displayName(entry, ctx.lang());
    open(false);
    status.textContent = '';
    const next = selectionFor(entry, ctx.store.get());
    lastWritten = next.query ?? '';
    ctx.store.set(next, { push: true });
  }

  function onKey(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (listbox.hidden) { update(); if (e.altKey) return; }
      setActive(nextActive(active, results.length, e.key));
    } else if (e.key === 'Enter') {
      if (!index && input.value.trim()) { e.preventDefault(); pendingEnter = true; void ensureIndex(); return; }
      // Enter takes the highlighted suggestion, or the best one when none is highlighted.
      const pick = results[active >= 0 ? active : 0];
      if (pick && !listbox.hidden) { e.preventDefault(); choose(pick); }
    } else if (e.key === 'Escape') {
      if (!listbox.hidden) open(false);
      else if (input.value) { input.value = ''; update(); writeQuery(''); }
    }
  }

  const onInput = () => {
    pendingEnter = false;
    void ensureIndex();
    update();
    clearTimeout(timer);
    timer = setTimeout(() => writeQuery(input.value), cfg.debounceMs);
  };
  const onFocus = () => void ensureIndex();
  const onBlur = () => { open(false); empty.hidden = true; };
  // mousedown would move focus away from the input before the click lands.
  const onMouseDown = (e: MouseEvent) => e.preventDefault();
  const onClick = (e: MouseEvent) => {
    const opt = (e.target as Element).closest('[role=option]');
    const i = opt ? options.indexOf(opt as HTMLLIElement) : -1;
    if (i >= 0 && results[i]) choose(results[i]);
  };
  input.addEventListener('input', onInput);
  input.addEventListener('keydown', onKey);
  input.addEventListener('focus', onFocus);
  input.addEventListener('blur', onBlur);
  listbox.addEventListener('mousedown', onMouseDown);
  listbox.addEventListener('click', onClick);
  // Once used, the index follows the details that arrive (a new build replaces it when ready).
  const unsubscribeDetails = ctx.data.details.subscribe(() => { if (loading) { loading = null; void ensureIndex(); } });
  const unsubscribe = ctx.store.subscribe((s, prev) => {
    // Follow queries set elsewhere (back/forward, the API), not the echo of our own writes.
    if (s.query !== prev.query && s.query !== lastWritten) { lastWritten = s.query; input.value = s.query; open(false); }
  });

  function refresh(): void {
    const lang = ctx.lang();
    // English place names need the pinyin chunk; render again once it has arrived.
    if (lang === 'en' && !placeNamesReady()) void loadPlaceNames().then(refresh);
    label.textContent = t('search.label', lang);
    input.placeholder = t('search.placeholder', lang);
    listbox.setAttribute('aria-label', t('search.label', lang));
    if (!listbox.hidden) update();
  }
  refresh();

  return {
    refresh,
    ready: ensureIndex,
    destroy() {
      clearTimeout(timer);
      unsubscribe();
      unsubscribeDetails();
      root.remove();
    },
  };
}
export type { MountedUi } from './searchTypes.ts';
