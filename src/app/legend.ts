/**
 * The category legend and filter: colour, label and count per category (counts follow the region and search),
 * a checkbox each, all/none, a key to the map's symbols, and the switch (with its key) for the region choropleth.
 */
import { CATEGORY_IDS, type CategoryId } from '../contract/index.ts';
import { h } from './dom.ts';
import { categoryLabel, t } from './i18n/index.ts';
import { CHOROPLETH_NONE, type ChoroplethClass } from './map/choropleth.ts';
import { categoryColour } from './palette.ts';
import type { Lang, Store } from './types.ts';
import './legend.css';

export interface LegendMap {
  /** Visible initiatives with no place, so not on the map. */
  unmapped: number;
  /** Whether regions are shaded, how to switch, and the classes shown (empty when off). */
  choropleth: { on: boolean; toggle: (on: boolean) => void; classes: ChoroplethClass[] };
}

function choroplethKey(m: LegendMap['choropleth'], lang: Lang): HTMLElement {
  const input = h('input', { type: 'checkbox', 'data-action': 'choropleth', ...(m.on ? { checked: true } : {}) });
  input.addEventListener('change', () => m.toggle(input.checked));
  const range = (c: ChoroplethClass) => (c.from === c.to ? String(c.from) : `${c.from}–${c.to}`);
  return h('div', { class: 'choropleth-key' },
    h('label', { class: 'switch' }, input, t('legend.choropleth', lang)),
    m.on ? h('ul', { class: 'choro-classes' },
      h('li', {}, h('span', { class: 'choro-swatch', style: `background:${CHOROPLETH_NONE}` }), t('legend.choroNone', lang)),
      ...m.classes.map((c) => h('li', {}, h('span', { class: 'choro-swatch', style: `background:${c.colour}` }), range(c)))) : null,
    m.on ? h('p', { class: 'note' }, t('legend.choroNote', lang)) : null);
}

export function renderLegend(el: HTMLElement, store: Store, counts: Record<CategoryId, number>, lang: Lang, map?: LegendMap): void {
  const selected = new Set(store.get().categories);
  const set = (categories: CategoryId[]) => store.set({ categories }, { push: true });
  const rows = CATEGORY_IDS.map((c) => {
    const input = h('input', { type: 'checkbox', 'data-category': c, ...(selected.has(c) ? { checked: true } : {}) });
    input.addEventListener('change', () => {
      const next = new Set(store.get().categories);
      if (input.checked) next.add(c); else next.delete(c);
      set(CATEGORY_IDS.filter((x) => next.has(x)));
    });
    return h('li', { class: counts[c] ? '' : 'empty' }, h('label', {},
      input,
      h('span', { class: 'swatch', style: `background:${categoryColour(c)}`, 'aria-hidden': 'true' }),
      h('span', { class: 'cat-label' }, categoryLabel(c, lang)),
      h('span', { class: 'count', 'data-count': String(counts[c]) }, String(counts[c]))));
  });
  const focused = document.activeElement instanceof HTMLInputElement ? document.activeElement.dataset.category ?? document.activeElement.dataset.action : undefined;
  // Collapsible so it never hides the map for good; starts closed on narrow screens (or where the page asks, as a
  // small embed does), then keeps the user's choice.
  const wasOpen = el.querySelector('details')?.open ?? (el.dataset.startOpen !== 'false' && !matchMedia('(max-width: 640px)').matches);
  const details = h('details', wasOpen ? { open: true } : {}, h('summary', {}, h('h2', {}, t('legend.title', lang))));
  el.setAttribute('aria-label', t('legend.title', lang));
  el.replaceChildren(details);
  details.append(
    h('div', { class: 'legend-actions' },
      h('button', { type: 'button', 'data-action': 'all', onclick: () => set([...CATEGORY_IDS]) }, t('legend.all', lang)),
      h('button', { type: 'button', 'data-action': 'none', onclick: () => set([]) }, t('legend.none', lang))),
    h('ul', { class: 'categories' }, ...rows),
    h('ul', { class: 'symbols' },
      h('li', {}, h('span', { class: 'sym exact', 'aria-hidden': 'true' }), t('legend.exact', lang)),
      h('li', {}, h('span', { class: 'sym approx', 'aria-hidden': 'true' }), t('legend.approximate', lang)),
      h('li', {}, h('span', { class: 'sym donut', 'aria-hidden': 'true' }), t('legend.donut', lang)),
      h('li', {}, h('span', { class: 'sym mention', 'aria-hidden': 'true' }), t('legend.mention', lang)),
      h('li', { class: 'note' }, t('legend.counted', lang)),
      map?.unmapped ? h('li', { class: 'note unmapped' }, t('legend.unmapped', lang, { n: map.unmapped })) : null),
    ...(map ? [choroplethKey(map.choropleth, lang)] : []));
  // Re-rendering replaces the checkbox; keep keyboard focus where the user was.
  if (focused) el.querySelector<HTMLInputElement>(`input[data-category="${focused}"], input[data-action="${focused}"]`)?.focus();
}
