import { describe, expect, it } from 'vitest';
import { buildStyle, FIRST_LABEL_LAYERS, LATE_LABEL_LAYERS } from './style.ts';

const EMPTY = { type: 'FeatureCollection' as const, features: [] };
const style = buildStyle({ basemap: null, leagues: EMPTY, counties: EMPTY });

describe('buildStyle', () => {
  it('uses only local sources and no glyphs or sprite URL', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const src of Object.values(style.sources)) expect(src.type).toBe('geojson');
  });
  it('only references sources it declares', () => {
    for (const layer of style.layers) if ('source' in layer) expect(Object.keys(style.sources)).toContain(layer.source);
  });
  it('starts every label layer hidden and lists each in exactly one reveal group', () => {
    const symbols = style.layers.filter((l) => l.type === 'symbol');
    for (const l of symbols) expect((l.layout as { visibility?: string }).visibility).toBe('none');
    expect([...FIRST_LABEL_LAYERS, ...LATE_LABEL_LAYERS].sort()).toEqual(symbols.map((l) => l.id).sort());
  });
  it('draws a doubtful marker hollow with an outer ring that only doubtful markers get', () => {
    const markers = style.layers.find((l) => l.id === 'markers')!;
    expect(JSON.stringify((markers as { paint: object }).paint)).toContain('doubtful');
    const ring = style.layers.find((l) => l.id === 'marker-doubtful')!;
    expect(JSON.stringify((ring as { filter: unknown }).filter)).toContain('doubtful');
  });
});
