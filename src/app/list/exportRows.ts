/** What the list downloads: CSV rows of the visible initiatives and a GeoJSON of the visible places. */
import type { Initiative, PlaceFeature } from '../../contract/index.ts';
import type { AtlasData } from '../types.ts';

export const CSV_COLUMNS = ['id', 'title', 'kind', 'category', 'places', 'figures', 'outlet', 'date', 'page', 'url', 'file'] as const;
export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

/** Separator inside a CSV cell that lists several values. */
export const CELL_SEPARATOR = '; ';

function figureText(f: Initiative['figures'][number]): string {
  return f.label ? `${f.text} ${f.label}` : f.text;
}

/** One CSV row per initiative id (unknown ids, or ids whose details are not loaded, skipped); places by name, main place first; figures as written. */
export function csvRows(data: Pick<AtlasData, 'places' | 'details'>, ids: readonly string[]): CsvRow[] {
  const names = new Map(data.places.features.map((f) => [f.properties.id, f.properties.name]));
  return ids.flatMap((id) => {
    const it = data.details.get(id);
    if (!it) return [];
    return [{
      id: it.id,
      title: it.title,
      kind: it.kind,
      category: it.category,
      places: it.places.map((p) => names.get(p) ?? p).join(CELL_SEPARATOR),
      figures: it.figures.map(figureText).join(CELL_SEPARATOR),
      outlet: it.source?.outlet ?? '',
      date: it.source?.date ?? '',
      page: it.source?.page ?? '',
      url: it.source?.url ?? '',
      file: it.file,
    }];
  });
}

export interface ExportPlaceProperties {
  id: string;
  name: string;
  level: PlaceFeature['properties']['level'];
  code: string | null;
  precision: PlaceFeature['properties']['precision'];
  /** Administrative chain as text, league first. */
  path: string;
  /** Visible initiatives at this place, and their titles, outlets, dates and links in the same order (null where unknown). */
  initiatives: string[];
  titles: string[];
  outlets: (string | null)[];
  dates: (string | null)[];
  urls: (string | null)[];
}

/** The visible places as a FeatureCollection, each with only its visible initiatives. */
export function geojsonSubset(
  data: Pick<AtlasData, 'places' | 'details'>,
  visible: { places: readonly string[]; initiatives: readonly string[] },
): { type: 'FeatureCollection'; features: { type: 'Feature'; geometry: PlaceFeature['geometry']; properties: ExportPlaceProperties }[] } {
  const shownPlaces = new Set(visible.places);
  const shownIts = new Set(visible.initiatives);
  const byId = data.details;
  const features = data.places.features
    .filter((f) => shownPlaces.has(f.properties.id))
    .map((f) => {
      const p = f.properties;
      const its = p.initiatives.filter((id) => shownIts.has(id));
      return {
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [...f.geometry.coordinates] as [number, number] },
        properties: {
          id: p.id, name: p.name, level: p.level, code: p.code, precision: p.precision,
          path: p.path.map((s) => s.name).join(' › '),
          initiatives: its,
          titles: its.map((id) => byId.get(id)?.title ?? ''),
          outlets: its.map((id) => byId.get(id)?.source?.outlet ?? null),
          dates: its.map((id) => byId.get(id)?.source?.date ?? null),
          urls: its.map((id) => byId.get(id)?.source?.url ?? null),
        },
      };
    });
  return { type: 'FeatureCollection', features };
}
