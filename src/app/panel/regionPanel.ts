/**
 * The summary for a selected league or banner: counts, initiatives by category, its most telling figures,
 * and its places as buttons (also the keyboard path to a place's initiatives).
 */
import type { Initiative, PlaceProperties } from '../../contract/index.ts';
import { type FigureOf, figureWithin, mainFigures } from '../figures.ts';
import { h, linkButton } from '../dom.ts';
import { formatFigure, levelLabel, placeName, t } from '../i18n/index.ts';
import type { CategoryId } from '../../contract/index.ts';
import { barChart } from './barChart.ts';
import type { PanelDeps } from './placePanel.ts';

/** How many figures the summary lists. */
const TOP_FIGURES = 5;

/** The region's most telling figures: those about the region or a place inside it, from its visible initiatives. */
export function regionFigures(code: string, its: Initiative[], placesById: ReadonlyMap<string, PlaceProperties>, n = TOP_FIGURES): FigureOf[] {
  const own = its.flatMap((initiative) => initiative.figures.filter((figure) => figureWithin(figure, code, placesById)).map((figure) => ({ figure, initiative })));
  return mainFigures(own, n);
}

/** The banners of a league that have visible places, with how many, as links that select them. */
function bannerLinks(code: string, places: PlaceProperties[], d: PanelDeps): HTMLElement | null {
  const counties = d.data.counties.features.map((f) => f.properties).filter((c) => c.parentCode === code);
  const rows = counties.map((c) => ({ c, n: places.filter((p) => p.path.some((s) => s.code === c.code)).length })).filter((r) => r.n > 0);
  if (!rows.length) return null;
  return h('div', {}, h('h3', { class: 'section' }, levelLabel('county', d.lang)),
    h('ul', { class: 'place-links' }, ...rows.map(({ c, n }) =>
      h('li', {}, linkButton(`${placeName(c.name, d.lang)} (${n})`, () => d.store.set({ region: c.code, place: null }, { push: true }))))));
}

export function regionPanel(code: string, counts: Record<CategoryId, number>, visiblePlaces: string[], d: PanelDeps): HTMLElement {
  const f = d.data.leagues.features.find((x) => x.properties.code === code) ?? d.data.counties.features.find((x) => x.properties.code === code);
  const name = f?.properties.name ?? d.data.rollups[code]?.name ?? code;
  const level = f?.properties.level ?? d.data.rollups[code]?.level ?? 'prefecture';
  const its = d.data.initiatives.filter((it) => d.visibleInitiatives.has(it.id));
  const places = visiblePlaces.map((id) => d.placesById.get(id)!).filter(Boolean);
  const top = regionFigures(code, its, d.placesById);
  return h('section', { class: 'region-panel', 'aria-labelledby': 'panel-title' },
    h('h2', { id: 'panel-title', tabindex: '-1' }, placeName(name, d.lang)),
    h('p', { class: 'level' }, levelLabel(level, d.lang), ' · ', t('region.initiatives', d.lang, { n: its.length }), ' · ',
      t('region.places', d.lang, { n: places.length })),
    h('h3', { class: 'section' }, t('region.byCategory', d.lang)),
    barChart(counts, d.lang, t('region.byCategory', d.lang)),
    top.length ? h('h3', { class: 'section' }, t('region.topFigures', d.lang)) : null,
    top.length ? h('dl', { class: 'figures' }, ...top.flatMap(({ figure, initiative }) => [
      h('dt', { class: 'figure-value' }, formatFigure(figure, d.lang)),
      h('dd', { class: 'figure-label' }, `${figure.label || figure.text} — ${initiative.title}`),
    ])) : null,
    level === 'prefecture' ? bannerLinks(code, places, d) : null,
    h('h3', { class: 'section' }, t('panel.initiatives', d.lang)),
    h('ul', { class: 'place-links places' }, ...places.map((p) =>
      h('li', {}, linkButton(`${placeName(p.name, d.lang)} (${p.initiatives.filter((id) => d.visibleInitiatives.has(id)).length})`,
        () => d.store.set({ place: p.id }, { push: true }))))),
    linkButton(t('region.clear', d.lang), () => d.store.set({ region: null, place: null }, { push: true })));
}
