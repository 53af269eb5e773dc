/**
 * The data files the app and the embed fetch before their first view, relative to the data folder: load.ts reads them
 * and the build asks the browser to start fetching them with the page (src/build/preloadData.ts).
 */
import { INITIATIVE_INDEX_FILE } from './initiativeIndex.ts';
import { PLACE_INDEX_FILE } from './placeIndex.ts';

export const FIRST_VIEW_FILES = {
  places: PLACE_INDEX_FILE,
  index: INITIATIVE_INDEX_FILE,
  rollups: 'rollups.json',
  leagues: 'leagues.geojson',
  counties: 'counties.geojson',
  units: 'gazetteer-lite.json',
  basemap: 'basemap.json',
} as const;
