/**
 * The panel for a selected place: its full administrative path (each step selectable), and its visible
 * initiatives with kind, category, figures as large numbers, and the highlighted source passage.
 */
import { displayTitle, indexedTitle } from '../displayTitle.ts';
import { placeId, ruleDoubt, type Figure, type IndexedInitiative, type Initiative, type Mention, type PlaceProperties } from '../../contract/index.ts';
import { figureOfPlace } from '../figures.ts';
import { h, linkButton } from '../dom.ts';
import { categoryLabel, formatFigure, kindLabel, levelLabel, placeName, precisionReason, t } from '../i18n/index.ts';
import { isApproximate } from '../map/markers.ts';
import { categoryColour } from '../palette.ts';
import type { AtlasData, Lang, Store } from '../types.ts';
import { sourcePassage } from './sourceText.ts';
import { needDetails } from './detailsState.ts';

export interface PanelDeps {
  data: AtlasData;
  store: Store;
  lang: Lang;
  placesById: Map<string, PlaceProperties>;
  visibleInitiatives: { has(id: string): boolean };
  /** The page's main list when it sits right below the panel (the full app), so a region panel points to it instead of repeating it. */
  listBelow: HTMLElement | null;
  /** Initiatives whose whole source text the reader had open when the same panel is drawn again. */
  openFullTexts?: ReadonlySet<string>;
}

/** 内蒙古 › 盟 › 旗 › 镇 › 村: leagues and banners select the region, lower units select their place when it is on the map. */
function pathNav(p: PlaceProperties, d: PanelDeps): HTMLElement {
  const items: HTMLElement[] = [h('li', {}, linkButton(t('app.root', d.lang), () => d.store.set({ region: null, place: null }, { push: true })))];
  for (const step of p.path) {
    const name = placeName(step.name, d.lang);
    const isRegion = step.code && (step.level === 'prefecture' || step.level === 'county');
    const id = step.code ? placeId(step.code) : null;
    let node: HTMLElement;
    if (isRegion) node = linkButton(name, () => d.store.set({ region: step.code, place: null }, { push: true }), levelLabel(step.level, d.lang));
    else if (id && d.placesById.has(id) && id !== p.id) node = linkButton(name, () => d.store.set({ place: id }, { push: true }));
    else node = h('span', { 'aria-current': step.name === p.name ? 'location' : 'false' }, name);
    items.push(h('li', {}, node));
  }
  return h('nav', { class: 'path', 'aria-label': t('panel.path', d.lang) }, h('ol', {}, ...items));
}

/** The item's figures about this place or places inside it (all of them without a place), each other place named. */
function figures(it: Initiative, place: PlaceProperties | null, placesById: ReadonlyMap<string, PlaceProperties>, lang: Lang): HTMLElement | null {
  const own = place ? it.figures.filter((f) => figureOfPlace(f, place, placesById)) : it.figures;
  if (!own.length) return null;
  const whose = (f: Figure) => {
    const other = f.place && f.place !== place?.id ? placesById.get(f.place) : undefined;
    return other ? ` · ${placeName(other.name, lang)}` : '';
  };
  return h('dl', { class: 'figures' }, ...own.flatMap((f) => [
    h('dt', { class: 'figure-value' }, formatFigure(f, lang)),
    h('dd', { class: 'figure-label' }, (f.label || f.text) + whose(f)),
  ]));
}

/** `mentions`: the place's mentions (data.mentions, never rejecting: see placePanel), for the passage to highlight. */
export function initiativeCard(it: Initiative, place: PlaceProperties | null, placesById: ReadonlyMap<string, PlaceProperties>, lang: Lang, fullTextOpen = false,
  mentions: Promise<readonly Mention[]> = Promise.resolve([])): HTMLElement {
  return h('article', { class: 'initiative', 'data-initiative': it.id },
    h('h3', {}, displayTitle(it)),
    h('p', { class: 'meta' },
      h('span', { class: 'swatch', style: `background:${categoryColour(it.category)}`, 'aria-hidden': 'true' }),
      `${categoryLabel(it.category, lang)} · ${kindLabel(it.kind, lang)}`,
      it.byline ? ` · ${it.byline}` : ''),
    figures(it, place, placesById, lang),
    sourcePassage(it, lang, fullTextOpen, mentions));
}

/** The card of an initiative whose details are not in yet: what the index knows, and the loading or failure note. */
function pendingCard(e: IndexedInitiative, note: HTMLElement, lang: Lang): HTMLElement {
  return h('article', { class: 'initiative', 'data-initiative': e.id },
    h('h3', {}, indexedTitle(e)),
    h('p', { class: 'meta' },
      h('span', { class: 'swatch', style: `background:${categoryColour(e.category)}`, 'aria-hidden': 'true' }),
      `${categoryLabel(e.category, lang)} · ${kindLabel(e.kind, lang)}`),
    note);
}

/** "Uncertain match: …" for a doubtful place, saying how its first mention was read once that is known. */
export function doubtNote(p: Pick<PlaceProperties, 'doubtful'>, first: Mention | undefined, lang: Lang): string {
  if (!p.doubtful) return '';
  if (!first) return t('panel.doubtfulShort', lang);
  const how = ruleDoubt(first.rule) ?? 'low';
  return t('panel.doubtful', lang, { detail: t(`doubt.${how}`, lang, { surface: first.surface }) });
}

/** The doubt note, told in full once the place's mentions are in (left short if they cannot be had). */
function doubtLine(p: PlaceProperties, mentions: Promise<readonly Mention[]>, lang: Lang): HTMLElement {
  const line = h('p', { class: 'doubt-note' }, doubtNote(p, undefined, lang));
  void mentions.then((ms) => { line.textContent = doubtNote(p, ms[0], lang); });
  return line;
}

export function placePanel(p: PlaceProperties, d: PanelDeps): HTMLElement {
  const here = new Set(p.initiatives);
  const its = d.data.initiatives.filter((it) => here.has(it.id) && d.visibleInitiatives.has(it.id));
  const need = needDetails(d.data, its.map((it) => it.id), d.lang);
  // Mentions that cannot be had are said once, here; the passages then mark only their figures.
  const missed = h('p', { class: 'details-note details-failed', role: 'alert', hidden: true });
  const mentions = d.data.mentions.of(p).catch((e: unknown): Mention[] => {
    missed.textContent = t('details.failed', d.lang, { problem: e instanceof Error ? e.message : String(e) });
    missed.hidden = false;
    return [];
  });
  const card = (e: IndexedInitiative, i: number) => ('records' in need ? initiativeCard(need.records[i], p, d.placesById, d.lang, d.openFullTexts?.has(e.id), mentions)
    : pendingCard(e, need.note.cloneNode(true) as HTMLElement, d.lang));
  return h('section', { class: 'place-panel', 'aria-labelledby': 'panel-title' },
    h('h2', { id: 'panel-title', tabindex: '-1' }, placeName(p.name, d.lang)),
    h('p', { class: 'level' }, levelLabel(p.level, d.lang),
      isApproximate(p) ? h('span', { class: 'approx-note' }, ` · ${precisionReason(p.precision, d.lang)}`) : ''),
    p.doubtful ? doubtLine(p, mentions, d.lang) : '',
    pathNav(p, d),
    h('h3', { class: 'section' }, `${t('panel.initiatives', d.lang)} (${its.length})`),
    missed,
    its.length ? h('div', { class: 'initiatives' }, ...its.map(card))
      : h('p', {}, t('panel.noInitiatives', d.lang)));
}
