/**
 * Regions as a choropleth: leagues (and banners when zoomed in) shaded by how many visible initiatives concern
 * them — the number selecting the region would show. Counts are per region, not per inhabitant: no population
 * table for these units can be sourced honestly offline.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { scaleQuantize } from 'd3-scale';
import type { IndexedInitiative, PlaceProperties } from '../../contract/index.ts';
import type { AtlasData } from '../types.ts';

/** Zoom from which banners replace leagues (the banner fill layer starts here too). */
export const CHOROPLETH_COUNTY_ZOOM = 5.5;

/** Light to dark, one hue family that stays behind the category colours of the markers. */
export const CHOROPLETH_COLOURS = ['#e3ecf2', '#bcd2e2', '#8fb3cd', '#5e8db4', '#386890'] as const;
/** Regions with no visible initiative. */
export const CHOROPLETH_NONE = '#f7f5ef';

/** League and banner codes a place lies in (its chain, or the prefixes of its own code). */
function regionsOf(p: PlaceProperties, known: Set<string>): string[] {
  const out = new Set<string>();
  for (const s of p.path) if (s.code && known.has(s.code)) out.add(s.code);
  const own = p.code ?? p.parentCode;
  if (own) for (const len of [4, 6]) { const c = own.slice(0, len).padEnd(12, '0'); if (known.has(c)) out.add(c); }
  return [...out];
}

/** Visible initiatives per league and banner code; an initiative counts once per region it concerns. */
export function regionCounts(data: AtlasData, initiatives: Pick<IndexedInitiative, 'places'>[], byId: Map<string, PlaceProperties>): Map<string, number> {
  const known = new Set([...data.leagues.features, ...data.counties.features].map((f) => f.properties.code));
  const counts = new Map<string, number>();
  for (const it of initiatives) {
    const codes = new Set<string>();
    for (const id of it.places) { const p = byId.get(id); if (p) for (const c of regionsOf(p, known)) codes.add(c); }
    for (const c of codes) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return counts;
}

export interface ChoroplethClass { from: number; to: number; colour: string }

/** Colour classes for counts 1…max (equal steps, d3's quantize scale), each with the whole numbers it covers. */
export function choroplethClasses(max: number): { colour: (n: number) => string; classes: ChoroplethClass[] } {
  const top = Math.max(1, max);
  const steps = Math.min(CHOROPLETH_COLOURS.length, top);
  const q = scaleQuantize<string>().domain([1, top + 1]).range(CHOROPLETH_COLOURS.slice(CHOROPLETH_COLOURS.length - steps));
  const classes: ChoroplethClass[] = [];
  // d3 cannot invert a one-colour scale: that single class is every count.
  if (steps === 1) return { colour: (n) => (n > 0 ? CHOROPLETH_COLOURS.at(-1)! : CHOROPLETH_NONE), classes: [{ from: 1, to: top, colour: CHOROPLETH_COLOURS.at(-1)! }] };
  for (const colour of q.range()) {
    const [lo, hi] = q.invertExtent(colour);
    const from = Math.ceil(lo);
    const to = Math.ceil(hi) - 1;
    if (to >= from) classes.push({ from, to, colour });
  }
  return { colour: (n) => (n > 0 ? q(n) : CHOROPLETH_NONE), classes };
}

/** Shades every league and banner by its count (feature-state), or hides the shading. */
export function showChoropleth(map: MlMap, data: AtlasData, counts: Map<string, number> | null): void {
  for (const id of ['league-choro', 'county-choro']) map.setLayoutProperty(id, 'visibility', counts ? 'visible' : 'none');
  if (!counts) return;
  const leagues = choroplethClasses(Math.max(0, ...data.leagues.features.map((f) => counts.get(f.properties.code) ?? 0)));
  const banners = choroplethClasses(Math.max(0, ...data.counties.features.map((f) => counts.get(f.properties.code) ?? 0)));
  for (const [source, fc, scale] of [['leagues', data.leagues, leagues], ['counties', data.counties, banners]] as const) {
    for (const f of fc.features) {
      const n = counts.get(f.properties.code) ?? 0;
      map.setFeatureState({ source, id: f.properties.code }, { n, fill: scale.colour(n) });
    }
  }
}

/** The classes the legend shows for the level drawn at `zoom`. */
export function legendClasses(data: AtlasData, counts: Map<string, number>, zoom: number): ChoroplethClass[] {
  const fc = zoom >= CHOROPLETH_COUNTY_ZOOM ? data.counties : data.leagues;
  return choroplethClasses(Math.max(0, ...fc.features.map((f) => counts.get(f.properties.code) ?? 0))).classes;
}
