/**
 * Options of the embed page from its URL: the initial view (region, categories, place, view, q), language,
 * theme, which controls show, and the host origins allowed to talk to it. Tolerant: bad values fall back.
 */
import type { AtlasState, UiPrefs } from '../app/types.ts';
import { decodeState, decodeView } from '../app/urlState.ts';
import { parseOrigins } from './protocol.ts';

export type Theme = 'light' | 'dark' | 'auto';
export const CONTROLS = ['legend', 'zoom', 'link'] as const;
export type Control = (typeof CONTROLS)[number];

export interface EmbedOptions {
  state: AtlasState;
  prefs: UiPrefs;
  /** True when the URL gave a view, so the map keeps it instead of fitting a region or place. */
  viewGiven: boolean;
  theme: Theme;
  controls: Control[];
  origins: string[];
}

/** Defaults of the embed page on top of the app's: every control shown, light theme unless asked. */
export const EMBED_DEFAULTS = { theme: 'light' as Theme, controls: [...CONTROLS] as Control[] };

export function readEmbedOptions(search: string, defaults: { state: AtlasState; prefs: UiPrefs }): EmbedOptions {
  const p = new URLSearchParams(search.replace(/^\?/, ''));
  const { state, prefs } = decodeState(p.toString(), defaults);
  const theme = p.get('theme');
  const controls = p.get('controls');
  return {
    state,
    prefs,
    viewGiven: decodeView(p.get('view') ?? '') !== null,
    theme: theme === 'dark' || theme === 'auto' || theme === 'light' ? theme : EMBED_DEFAULTS.theme,
    controls: controls === null ? [...EMBED_DEFAULTS.controls]
      : CONTROLS.filter((c) => controls.split(',').map((x) => x.trim()).includes(c)),
    origins: parseOrigins(p.get('origins')),
  };
}

/** The theme actually used: `auto` follows the viewer's colour-scheme preference. */
export function resolveTheme(theme: Theme, prefersDark: boolean): 'light' | 'dark' {
  return theme === 'auto' ? (prefersDark ? 'dark' : 'light') : theme;
}
