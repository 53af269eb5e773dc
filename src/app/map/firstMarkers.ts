/**
 * The markers of the view a first visit shows, which the build writes once (contract/firstMarkers.ts) so that the map's
 * worker fetches them instead of the page working them out: every category, no region, search or period, Chinese labels.
 */
import { filterText, hasPeriod, placeIndex } from '../filter.ts';
import { markerName } from './markers.ts';
import { markerData } from './sync.ts';
import type { AtlasData, AtlasState, Lang } from '../types.ts';

/** True when a state draws the markers of the first-markers file (categories are drawn by expressions, so any set will do). */
export function showsFirstMarkers(s: AtlasState, lang: Lang): boolean {
  return lang === 'zh' && s.region === null && !filterText(s.query) && !hasPeriod(s);
}

/** The markers of that view: every initiative, counted at its first place, by the app's own rule (markerData). */
export function firstViewMarkers(data: Pick<AtlasData, 'places' | 'initiatives' | 'leagues' | 'counties'>): ReturnType<typeof markerData> {
  const all = Int32Array.from(data.initiatives, (_, i) => i);
  return markerData(data, all, null, placeIndex(data), markerName);
}
