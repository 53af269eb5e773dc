import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../app/defaults.ts';
import { readEmbedOptions, resolveTheme } from './options.ts';

describe('readEmbedOptions', () => {
  it('reads region, categories, theme, controls and origins', () => {
    const o = readEmbedOptions('?region=152200000000&categories=elderly-care&theme=dark&controls=zoom,bogus&origins=http://127.0.0.1:5000/x,junk&lang=en', DEFAULTS);
    expect(o.state.region).toBe('152200000000');
    expect(o.state.categories).toEqual(['elderly-care']);
    expect(o.theme).toBe('dark');
    expect(o.controls).toEqual(['zoom']);
    expect(o.origins).toEqual(['http://127.0.0.1:5000']);
    expect(o.prefs.lang).toBe('en');
    expect(o.viewGiven).toBe(false);
  });
  it('falls back on defaults for bad values', () => {
    const o = readEmbedOptions('region=15&theme=purple&view=@a,b,c', DEFAULTS);
    expect(o.state.region).toBeNull();
    expect(o.theme).toBe('light');
    expect(o.controls).toEqual(['legend', 'zoom', 'link']);
    expect(o.origins).toEqual([]);
    expect(o.viewGiven).toBe(false);
    expect(readEmbedOptions('view=@120,45,6', DEFAULTS).viewGiven).toBe(true);
  });
  it('resolves auto theme from the preference', () => {
    expect(resolveTheme('auto', true)).toBe('dark');
    expect(resolveTheme('auto', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
  });
});
