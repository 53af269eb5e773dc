/**
 * The embed's own chrome around the map: theme, hidden controls, and the "open full map" link that carries the
 * current view to the full app.
 */
import type { AtlasState, Lang, UiPrefs } from '../app/types.ts';
import { encodeState } from '../app/urlState.ts';
import type { Control } from './options.ts';

const LINK_TEXT: Record<Lang, string> = { zh: '打开完整地图 ↗', en: 'Open full map ↗' };

/** Address of the full app (index.html beside embed.html) showing `state`. */
export function fullMapUrl(base: string, state: AtlasState, prefs: UiPrefs): string {
  const q = encodeState(state, prefs);
  return new URL(`./${q ? `?${q}` : ''}`, base).href;
}

export function applyChrome(body: HTMLElement, theme: 'light' | 'dark', controls: readonly Control[]): void {
  body.dataset.theme = theme;
  for (const c of ['legend', 'zoom', 'link'] as const) body.classList.toggle(`no-${c}`, !controls.includes(c));
}

/** Keeps the link's address and text in step with the state and language. */
export function updateFullMapLink(a: HTMLAnchorElement, state: AtlasState, prefs: UiPrefs, base: string): void {
  a.href = fullMapUrl(base, state, prefs);
  a.textContent = LINK_TEXT[prefs.lang];
}

/** Widest frame whose panel is a bottom sheet (embed.css uses the same breakpoint). */
export const SHEET_MAX_WIDTH = 480;

/**
 * Height the embed asks its frame for: a 3:2 map for its width, plus room for an open panel: beside the map
 * (as tall as the panel) on wide frames, below it (map plus panel) where the panel is a bottom sheet.
 */
export function preferredHeight(width: number, panelContent: number, limits = { min: 240, max: 720 }): number {
  const map = Math.min(limits.max, Math.max(limits.min, Math.round((width * 2) / 3)));
  const panel = Math.ceil(panelContent);
  return width <= SHEET_MAX_WIDTH && panel > 0 ? map + panel : Math.max(map, panel);
}
