/**
 * The side panel (a bottom sheet on narrow screens): shows the selected place, else the selected region,
 * else nothing; the close button clears the selection it shows.
 */
import { h } from '../dom.ts';
import { t } from '../i18n/index.ts';
import { placePanel, type PanelDeps } from './placePanel.ts';
import { regionPanel } from './regionPanel.ts';

export function renderPanel(el: HTMLElement, d: PanelDeps, visiblePlaces: string[], focus: boolean): void {
  const s = d.store.get();
  const place = s.place ? d.placesById.get(s.place) : undefined;
  // A place chosen from the list covers the list, so the keyboard user's focus moves on to the panel.
  const fromList = document.activeElement?.closest('.list-slot') != null;
  const body = place ? placePanel(place, d) : s.region ? regionPanel(s.region, visiblePlaces, d) : null;
  el.hidden = body === null;
  document.body.classList.toggle('panel-open', body !== null);
  // Which panel shows decides the sidebar's layout: a place panel covers the list, a region panel sits above it.
  document.body.classList.toggle('panel-place', Boolean(place));
  document.body.classList.toggle('panel-region', !place && body !== null);
  if (!body) { el.replaceChildren(); delete el.dataset.shown; return; }
  const close = h('button', { type: 'button', class: 'panel-close', 'aria-label': t('panel.close', d.lang),
    onclick: () => d.store.set(place ? { place: null } : { region: null }, { push: true }) }, '×');
  // A new selection starts at the top of the panel and the sidebar; the same one drawn again (a filter change, its
  // details arriving, another language) keeps the reader where they were.
  const shown = place ? place.id : s.region!;
  const same = el.dataset.shown === shown;
  const scrolled = same ? el.scrollTop : 0;
  el.replaceChildren(close, body);
  el.scrollTop = scrolled;
  if (!same) el.closest('.sidebar')?.scrollTo(0, 0);
  el.dataset.shown = shown;
  if (focus || (place && fromList)) el.querySelector<HTMLElement>('#panel-title')?.focus();
}
