/**
 * The category legend and filter: colour, label and count per category (counts follow the region and search),
 * a checkbox each, all/none, and a key to marker symbols.
 */
import { CATEGORY_IDS, type CategoryId } from '../contract/index.ts';
import { h } from './dom.ts';
import { categoryLabel, t } from './i18n/index.ts';
import { categoryColour } from './palette.ts';
import type { Lang, Store } from './types.ts';

export function renderLegend(el: HTMLElement, store: Store, counts: Record<CategoryId, number>, lang: Lang): void {
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
  const focused = document.activeElement instanceof HTMLInputElement ? document.activeElement.dataset.category : undefined;
  // Collapsible so it never hides the map for good; starts closed on narrow screens, then keeps the user's choice.
  const wasOpen = el.querySelector('details')?.open ?? !matchMedia('(max-width: 640px)').matches;
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
      h('li', { class: 'note' }, t('legend.size', lang))));
  // Re-rendering replaces the checkbox; keep keyboard focus where the user was.
  if (focused) el.querySelector<HTMLInputElement>(`input[data-category="${focused}"]`)?.focus();
}
