/**
 * The summary for a selected league or banner, all of it under the current filters: counts, initiatives by
 * category, its most telling figures, its banners and its initiatives; an empty selection says so and offers to widen.
 */
import { CATEGORY_IDS, type IndexedInitiative, type Initiative, type PlaceProperties } from '../../contract/index.ts';
import { type FigureOf, figureWithin, mainFigures } from '../figures.ts';
import { h, linkButton } from '../dom.ts';
import { formatFigure, levelLabel, placeName, t } from '../i18n/index.ts';
import { barChart } from './barChart.ts';
import type { PanelDeps } from './placePanel.ts';
import { countByCategory, regionInitiatives } from './regionInitiatives.ts';
import { needDetails } from './detailsState.ts';

/** How many figures the summary lists. */
const TOP_FIGURES = 5;

/** The region's most telling figures: those about the region or a place inside it, from its visible initiatives. */
export function regionFigures(code: string, its: Initiative[], placesById: ReadonlyMap<string, PlaceProperties>, n = TOP_FIGURES): FigureOf[] {
  const own = its.flatMap((initiative) => initiative.figures.filter((figure) => figureWithin(figure, code, placesById)).map((figure) => ({ figure, initiative })));
  return mainFigures(own, n);
}

/** The banners of a league with visible initiatives, with how many, as links that select them. */
function bannerLinks(code: string, its: IndexedInitiative[], d: PanelDeps): HTMLElement | null {
  const counties = d.data.counties.features.map((f) => f.properties).filter((c) => c.parentCode === code);
  const inBanner = (it: IndexedInitiative, c: string) => it.places.some((id) => d.placesById.get(id)?.path.some((s) => s.code === c));
  const rows = counties.map((c) => ({ c, n: its.filter((it) => inBanner(it, c.code)).length })).filter((r) => r.n > 0);
  if (!rows.length) return null;
  return h('div', {}, h('h3', { class: 'section' }, levelLabel('county', d.lang)),
    h('ul', { class: 'place-links' }, ...rows.map(({ c, n }) =>
      h('li', {}, linkButton(`${placeName(c.name, d.lang)} (${t('region.initiatives', d.lang, { n })})`,
        () => d.store.set({ region: c.code, place: null }, { push: true }))))));
}

/** What an empty selection says, and a button that widens the filters when they are narrowed. */
function emptyNote(d: PanelDeps): HTMLElement {
  const s = d.store.get();
  const fewerCategories = s.categories.length < CATEGORY_IDS.length;
  return h('div', { class: 'region-empty' },
    h('p', {}, t(fewerCategories || s.query !== '' ? 'region.emptyFiltered' : 'region.empty', d.lang)),
    fewerCategories ? h('button', { type: 'button', class: 'region-widen', onclick: () => d.store.set({ categories: [...CATEGORY_IDS] }, { push: true }) },
      t('region.widen', d.lang)) : null);
}

/** A pointer to the main list below, which lists exactly the region's visible initiatives. */
function toList(list: HTMLElement, n: number, d: PanelDeps): HTMLElement {
  return h('p', { class: 'to-list' }, linkButton(t('region.toList', d.lang, { n }), () => {
    list.scrollIntoView({ block: 'start' });
    list.querySelector<HTMLElement>('tbody tr[tabindex="0"]')?.focus({ preventScroll: true });
  }));
}

export function regionPanel(code: string, visiblePlaces: string[], d: PanelDeps): HTMLElement {
  const f = d.data.leagues.features.find((x) => x.properties.code === code) ?? d.data.counties.features.find((x) => x.properties.code === code);
  const name = f?.properties.name ?? d.data.rollups[code]?.name ?? code;
  const level = f?.properties.level ?? d.data.rollups[code]?.level ?? 'prefecture';
  const its = d.data.initiatives.filter((it) => d.visibleInitiatives.has(it.id));
  const places = visiblePlaces.filter((id) => d.placesById.has(id));
  // Figures live in the details files: the region's are fetched when it is shown.
  const need = needDetails(d.data, its.map((it) => it.id), d.lang);
  const top = 'records' in need ? regionFigures(code, need.records, d.placesById) : [];
  const head = [
    h('h2', { id: 'panel-title', tabindex: '-1' }, placeName(name, d.lang)),
    h('p', { class: 'level' }, levelLabel(level, d.lang), ' · ', t('region.initiatives', d.lang, { n: its.length }), ' · ',
      t('region.places', d.lang, { n: places.length })),
  ];
  const clear = linkButton(t('region.clear', d.lang), () => d.store.set({ region: null, place: null }, { push: true }));
  if (!its.length) return h('section', { class: 'region-panel', 'aria-labelledby': 'panel-title' }, ...head, emptyNote(d), clear);
  return h('section', { class: 'region-panel', 'aria-labelledby': 'panel-title' }, ...head,
    h('h3', { class: 'section' }, t('region.byCategory', d.lang)),
    barChart(countByCategory(its), d.lang, t('region.byCategory', d.lang)),
    top.length || 'note' in need ? h('h3', { class: 'section' }, t('region.topFigures', d.lang)) : null,
    'note' in need ? need.note : null,
    top.length ? h('dl', { class: 'figures' }, ...top.flatMap(({ figure, initiative }) => [
      h('dt', { class: 'figure-value' }, formatFigure(figure, d.lang)),
      h('dd', { class: 'figure-label' }, `${figure.label || figure.text} — ${initiative.title}`),
    ])) : null,
    level === 'prefecture' ? bannerLinks(code, its, d) : null,
    // Where the main list sits right below the panel it is the region's list; elsewhere the panel lists them itself.
    d.listBelow ? toList(d.listBelow, its.length, d) : regionInitiatives(its, d),
    clear);
}
