import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle, FIRST_LABEL_LAYERS, LATE_LABEL_LAYERS } from './style.ts';
import { showSelection } from './sync.ts';
import type { Map as MlMap } from 'maplibre-gl';

const EMPTY = { type: 'FeatureCollection' as const, features: [] };
const style = buildStyle({ basemap: null, leagues: EMPTY, counties: EMPTY });

describe('buildStyle', () => {
  it('uses only local sources and no glyphs or sprite URL', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const src of Object.values(style.sources)) expect(src.type).toBe('geojson');
  });
  it('is a valid style, expressions included', () => {
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });
  it('only references sources it declares', () => {
    for (const layer of style.layers) if ('source' in layer) expect(Object.keys(style.sources)).toContain(layer.source);
  });
  it('starts every text layer hidden and lists each in exactly one reveal group', () => {
    // Icon-only symbol layers (markers, clusters) need no font, so only layers that draw text wait for it.
    const symbols = style.layers.filter((l) => l.type === 'symbol' && 'text-field' in (l.layout ?? {}));
    for (const l of symbols) expect((l.layout as { visibility?: string }).visibility).toBe('none');
    expect([...FIRST_LABEL_LAYERS, ...LATE_LABEL_LAYERS].sort()).toEqual(symbols.map((l) => l.id).sort());
  });
  it('with the reader\'s own font starts every text layer shown, and changes nothing else', () => {
    const shown = buildStyle({ basemap: null, leagues: EMPTY, counties: EMPTY }, undefined, 'visible');
    const vis = (st: typeof style, id: string) => (st.layers.find((l) => l.id === id)!.layout as { visibility?: string } | undefined)?.visibility;
    for (const id of [...FIRST_LABEL_LAYERS, ...LATE_LABEL_LAYERS]) expect(vis(shown, id)).toBe('visible');
    const rest = (st: typeof style) => JSON.stringify(st.layers.filter((l) => ![...FIRST_LABEL_LAYERS, ...LATE_LABEL_LAYERS].includes(l.id)));
    expect(rest(shown)).toBe(rest(style));
    expect(vis(shown, 'league-choro')).toBe('none');
  });
  it('starts with the selection filters that showSelection sets for no selection, so the first render lays out nothing again', () => {
    const set: [string, unknown][] = [];
    showSelection({ setFilter: (id: string, f: unknown) => set.push([id, f]) } as unknown as MlMap, { place: null, region: null } as Parameters<typeof showSelection>[1]);
    expect(set.length).toBe(5);
    for (const [id, f] of set) expect(JSON.stringify((style.layers.find((l) => l.id === id) as { filter?: unknown }).filter), id).toBe(JSON.stringify(f));
  });
  it('draws the basemap with constant paint, countries\' land and borders over provinces\'', () => {
    // A data-driven paint value gives the layer a shader variant of its own, compiled and drawn apart from the rest.
    const base = style.layers.filter((l) => 'source' in l && l.source === 'basemap');
    for (const l of base) for (const v of Object.values((l as { paint?: object }).paint ?? {})) expect(JSON.stringify(v), l.id).not.toMatch(/"get"|"match"/);
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf('country-land')).toBeLessThan(ids.indexOf('province-land'));
    expect(ids.indexOf('province-borders')).toBeLessThan(ids.indexOf('country-borders'));
  });
  it('starts the banner source empty when the first view leaves banners out', () => {
    const counties = { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [110, 42] }, properties: { code: 'x' } }] };
    const data = (st: typeof style) => (st.sources.counties as { data: GeoJSON.FeatureCollection }).data.features.length;
    expect(data(buildStyle({ basemap: null, leagues: EMPTY }))).toBe(0);
    expect(data(buildStyle({ basemap: null, leagues: EMPTY, counties }))).toBe(1);
  });
  it('draws an outer ring that only doubtful places get, above their marker', () => {
    const ids = style.layers.map((l) => l.id);
    const ring = style.layers.find((l) => l.id === 'marker-doubtful')!;
    expect(JSON.stringify((ring as { filter: unknown }).filter)).toContain('"doubtful"],true');
    expect(ids.indexOf('marker-doubtful')).toBeGreaterThan(ids.indexOf('markers'));
  });
});
