/**
 * A region's visible initiatives as a compact list (title, category, place), sorted and paged as the main list is:
 * for pages without the main list beside the panel (the embed). Each row selects the initiative's main place.
 */
import { CATEGORY_IDS, type CategoryId, type IndexedInitiative } from '../../contract/index.ts';
import { h } from '../dom.ts';
import { categoryLabel, placeName, t } from '../i18n/index.ts';
import { LIST_DEFAULTS } from '../list/listDefaults.ts';
import { rowFor } from '../list/rows.ts';
import { sortRows } from '../list/sort.ts';
import { categoryColour } from '../palette.ts';
import type { PanelDeps } from './placePanel.ts';

/** Initiatives per category among the given ones (every category present, zero when none). */
export function countByCategory(its: readonly IndexedInitiative[]): Record<CategoryId, number> {
  const counts = Object.fromEntries(CATEGORY_IDS.map((c) => [c, 0])) as Record<CategoryId, number>;
  for (const it of its) counts[it.category]++;
  return counts;
}

export function regionInitiatives(its: readonly IndexedInitiative[], d: PanelDeps): HTMLElement {
  const rows = sortRows(its.map((it) => rowFor(it, d.placesById)), 'title', 'ascending');
  const list = h('ul', { class: 'region-initiatives' });
  const more = h('button', { type: 'button', class: 'region-more' });
  let shown = 0;
  const page = () => {
    const next = rows.slice(shown, shown + LIST_DEFAULTS.pageSize);
    list.append(...next.map((r) => h('li', {},
      h('button', { type: 'button', class: 'linklike', 'data-initiative': r.id, onclick: () => r.placeId && d.store.set({ place: r.placeId }, { push: true }) }, r.title),
      h('span', { class: 'meta' },
        h('span', { class: 'swatch', style: `background:${categoryColour(r.category)}`, 'aria-hidden': 'true' }),
        [categoryLabel(r.category, d.lang), r.placeName ? placeName(r.placeName, d.lang) : ''].filter(Boolean).join(' · ')))));
    shown += next.length;
    more.hidden = shown >= rows.length;
    more.textContent = t('list.more', d.lang, { n: Math.min(LIST_DEFAULTS.pageSize, rows.length - shown) });
  };
  more.addEventListener('click', page);
  page();
  return h('div', {}, h('h3', { class: 'section' }, `${t('list.title', d.lang)} (${rows.length})`), list, more);
}
