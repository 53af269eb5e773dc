/** The list's rows: one per visible initiative, with what the table shows and sorts by. */
import { indexedTitle } from '../displayTitle.ts';
import type { CategoryId, Figure, IndexedInitiative, Initiative, ItemKind, PlaceProperties, TopFigure } from '../../contract/index.ts';
import type { AtlasData } from '../types.ts';
import { figureOfPlace, mainFigures } from '../figures.ts';

export interface ListRow {
  id: string;
  title: string;
  category: CategoryId;
  kind: ItemKind;
  /** Main place (first of the initiative's places), or null when it has none on the map. */
  placeId: string | null;
  /** Chinese name of the main place; empty when unknown. */
  placeName: string;
  /** Worked out at build time by `topFigure` (the index's `top`). */
  topFigure: TopFigure | null;
  /** Position by title, from the build (see sort.ts); absent while the build works it out. */
  titleOrder?: number;
}

/** The figure to show and sort by: the most telling one about the main place or a place inside it. */
export function topFigure(it: Initiative, main: PlaceProperties | undefined, placesById: ReadonlyMap<string, PlaceProperties>): Figure | null {
  const own = main ? it.figures.filter((f) => figureOfPlace(f, main, placesById)) : it.figures;
  return mainFigures(own.map((figure) => ({ figure, initiative: it })), 1)[0]?.figure ?? null;
}

export function rowFor(it: IndexedInitiative, placesById: Map<string, PlaceProperties>): ListRow {
  const placeId = it.places[0] ?? null;
  const place = placeId ? placesById.get(placeId) : undefined;
  return {
    id: it.id,
    title: indexedTitle(it),
    category: it.category,
    kind: it.kind,
    placeId,
    placeName: place?.name ?? '',
    topFigure: it.top ?? null,
    titleOrder: it.titleOrder,
  };
}

/** A row for every initiative, in data order (row n is data.initiatives[n]). */
export function allRows(data: Pick<AtlasData, 'places' | 'initiatives'>): ListRow[] {
  const placesById = new Map(data.places.features.map((f) => [f.properties.id, f.properties]));
  return data.initiatives.map((it) => rowFor(it, placesById));
}

/** Rows for the given initiative ids, in the order given; unknown ids are skipped. */
export function listRows(data: Pick<AtlasData, 'places' | 'initiatives'>, ids: readonly string[]): ListRow[] {
  const placesById = new Map(data.places.features.map((f) => [f.properties.id, f.properties]));
  const byId = new Map(data.initiatives.map((it) => [it.id, it]));
  return ids.flatMap((id) => {
    const it = byId.get(id);
    return it ? [rowFor(it, placesById)] : [];
  });
}
