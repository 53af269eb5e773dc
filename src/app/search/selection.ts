/** What choosing a search result does to the view. */
import type { AtlasState } from '../types.ts';
import type { SearchEntry } from './searchTypes.ts';

/**
 * A region result selects the region; a place or initiative selects its place and keeps the current region only
 * when the place lies in it. The query is cleared because it would otherwise keep filtering the map by its text.
 */
export function selectionFor(entry: SearchEntry, state: Pick<AtlasState, 'region'>): Partial<AtlasState> {
  if ('region' in entry.target) return { region: entry.target.region, place: null, query: '' };
  const keepRegion = state.region !== null && entry.codes.includes(state.region);
  return { place: entry.target.place, region: keepRegion ? state.region : null, query: '' };
}
