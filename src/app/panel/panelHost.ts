/**
 * The side panel (a bottom sheet on narrow screens): shows the selected place, else the selected region,
 * else nothing; the close button clears the selection it shows.
 */
import { h } from '../dom.ts';
import { t } from '../i18n/index.ts';
import { placePanel, type PanelDeps } from './placePanel.ts';
import { regionPanel } from './regionPanel.ts';
import { openFullTexts } from './sourceText.ts';

/** A selector for the focused control in the panel that names it alone (its card and class), or null. */
function focusedControl(el: HTMLElement): string | null {
  const a = document.activeElement;
  if (!(a instanceof HTMLElement) || a === el || !el.contains(a)) return null;
  const card = a.closest<HTMLElement>('[data-initiative]');
  const sel = a.id ? `#${CSS.escape(a.id)}` : a.classList.length ? `.${CSS.escape(a.classList[0])}` : null;
  const at = card ? `[data-initiative="${CSS.escape(card.dataset.initiative!)}"]` : '';
  const full = sel && (card === a ? `${sel}${at}` : `${at} ${sel}`.trim());
  return full && el.querySelectorAll(full).length === 1 ? full : null;
}

/** Draws the panel; true when it waits for details files (and so must be drawn again once they are in). */
export function renderPanel(el: HTMLElement, d: PanelDeps, visiblePlaces: string[], focus: boolean): boolean {
  const s = d.store.get();
  const place = s.place ? d.placesById.get(s.place) : undefined;
  // A place chosen from the list covers the list, so the keyboard user's focus moves on to the panel.
  const fromList = document.activeElement?.closest('.list-slot') != null;
  // The same selection drawn again (a filter change, its details arriving, another language) keeps the reader where
  // they were: the panel's scroll, the source texts they opened and the control they were on.
  const same = el.dataset.shown !== undefined && el.dataset.shown === (place ? place.id : s.region);
  const kept = same ? { scroll: el.scrollTop, open: openFullTexts(el), focus: focusedControl(el) } : null;
  const body = place ? placePanel(place, kept ? { ...d, openFullTexts: kept.open } : d) : s.region ? regionPanel(s.region, visiblePlaces, d) : null;
  el.hidden = body === null;
  document.body.classList.toggle('panel-open', body !== null);
  // Which panel shows decides the sidebar's layout: a place panel covers the list, a region panel sits above it.
  document.body.classList.toggle('panel-place', Boolean(place));
  document.body.classList.toggle('panel-region', !place && body !== null);
  if (!body) { el.replaceChildren(); delete el.dataset.shown; return false; }
  const close = h('button', { type: 'button', class: 'panel-close', 'aria-label': t('panel.close', d.lang),
    onclick: () => d.store.set(place ? { place: null } : { region: null }, { push: true }) }, '×');
  // A new selection starts at the top of the panel and the sidebar.
  el.replaceChildren(close, body);
  el.scrollTop = kept?.scroll ?? 0;
  if (!kept) el.closest('.sidebar')?.scrollTo(0, 0);
  el.dataset.shown = place ? place.id : s.region!;
  if (focus || (place && fromList)) el.querySelector<HTMLElement>('#panel-title')?.focus();
  else if (kept?.focus) el.querySelector<HTMLElement>(kept.focus)?.focus();
  return body.querySelector('.details-loading') !== null;
}
