/**
 * The shareable view as a query string: `place`, `region`, `categories`, `q`, `from`, `to`, `undated=0`, `view=@lon,lat,zoom`, `lang`
 * (the embed's options have the same names; `cats`, the name older links used, is still read).
 * Decoding is tolerant: anything malformed falls back to the defaults, it never throws.
 */
import { CATEGORY_IDS, isCode, isSourceDate, type CategoryId } from '../contract/index.ts';
import type { AtlasState, Lang, UiPrefs } from './types.ts';

/** Limits applied when decoding a URL someone may have edited by hand. */
export const URL_LIMITS = {
  /** Longest search text kept. */
  maxQuery: 200,
  /** Longest place id kept (ids are `c<12 digits>` or `x<code>-<name>`). */
  maxPlace: 120,
  minZoom: 0,
  maxZoom: 22,
  /** Web Mercator latitude limit. */
  maxLat: 85.051129,
  /** Decimals of the zoom level in the URL. */
  zoomDecimals: 2,
} as const;

// Control characters would make an id unprintable and are never part of a real id or query.
const CONTROL_RE = /[\u0000-\u001f\u007f]/;
const CONTROL_ALL_RE = /[\u0000-\u001f\u007f]/g;

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** Decimals for lon/lat so that one step is about one screen pixel at this zoom. */
export function coordDecimals(zoom: number): number {
  return clamp(Math.ceil(zoom * Math.log10(2) + Math.log10(256 / 360)), 1, 6);
}

/** Rounds a number and drops trailing zeros (`6.50` → `6.5`). */
function fixed(x: number, decimals: number): string {
  const s = x.toFixed(decimals);
  const t = s.includes('.') ? s.replace(/\.?0+$/, '') : s;
  return t === '-0' ? '0' : t; // tiny negatives round to `-0`, which would not re-encode the same
}

/** The view part, e.g. `@121.53,46.08,6.5`. */
export function encodeView(view: AtlasState['view']): string {
  const zoom = Number(fixed(clamp(view.zoom, URL_LIMITS.minZoom, URL_LIMITS.maxZoom), URL_LIMITS.zoomDecimals));
  const d = coordDecimals(zoom);
  const lon = clamp(view.center[0], -180, 180);
  const lat = clamp(view.center[1], -URL_LIMITS.maxLat, URL_LIMITS.maxLat);
  return `@${fixed(lon, d)},${fixed(lat, d)},${fixed(zoom, URL_LIMITS.zoomDecimals)}`;
}

/** Parses `@lon,lat,zoom` (the `@` optional); null when any part is not a finite number. */
export function decodeView(text: string): AtlasState['view'] | null {
  const parts = text.replace(/^@/, '').split(',');
  if (parts.length !== 3 || parts.some((p) => p.trim() === '')) return null;
  const [lon, lat, zoom] = parts.map(Number);
  if (![lon, lat, zoom].every(Number.isFinite)) return null;
  return {
    center: [clamp(lon, -180, 180), clamp(lat, -URL_LIMITS.maxLat, URL_LIMITS.maxLat)],
    zoom: clamp(zoom, URL_LIMITS.minZoom, URL_LIMITS.maxZoom),
  };
}

// Keeps `@` and `,` readable in the address bar; both are legal in a query value.
const encodeValue = (v: string): string => encodeURIComponent(v).replace(/%40/g, '@').replace(/%2C/g, ',');

/** Known categories in their canonical order, duplicates and unknown ids dropped. */
export function normalizeCategories(ids: readonly string[]): CategoryId[] {
  const wanted = new Set(ids);
  return CATEGORY_IDS.filter((id) => wanted.has(id));
}

/** Query string (without `?`) for a view; parameters at their neutral value are left out. */
export function encodeState(state: AtlasState, prefs: UiPrefs): string {
  const params: [string, string][] = [];
  if (state.place) params.push(['place', state.place]);
  if (state.region) params.push(['region', state.region]);
  const cats = normalizeCategories(state.categories);
  if (cats.length < CATEGORY_IDS.length) params.push(['categories', cats.join(',')]);
  if (state.query) params.push(['q', state.query]);
  if (state.from) params.push(['from', state.from]);
  if (state.to) params.push(['to', state.to]);
  if (state.undated === false) params.push(['undated', '0']);
  // A view that is not yet known (NaN before the map has loaded) is left out rather than written as garbage.
  const { center, zoom } = state.view;
  if ([center[0], center[1], zoom].every(Number.isFinite)) params.push(['view', encodeView(state.view)]);
  if (prefs.lang !== 'zh') params.push(['lang', prefs.lang]);
  return params.map(([k, v]) => `${k}=${encodeValue(v)}`).join('&');
}

function decodePlace(v: string | null, fallback: string | null): string | null {
  if (v === null) return fallback;
  const id = v.trim();
  return id && id.length <= URL_LIMITS.maxPlace && !CONTROL_RE.test(id) ? id : fallback;
}

/** `from` and `to` when they are dates the sources use (else the defaults'); absent, not null, when there is none. */
function decodePeriod(p: URLSearchParams, d: AtlasState): Pick<AtlasState, 'from' | 'to' | 'undated'> {
  const out: Pick<AtlasState, 'from' | 'to' | 'undated'> = {};
  for (const k of ['from', 'to'] as const) {
    const v = p.get(k)?.trim();
    const date = v && isSourceDate(v) ? v : d[k];
    if (date) out[k] = date;
  }
  if (p.get('undated') === '0' || (p.get('undated') === null && d.undated === false)) out.undated = false;
  return out;
}

function decodeLang(v: string | null, fallback: Lang): Lang {
  return v === 'zh' || v === 'en' ? v : fallback;
}

/** State and preferences from a query string (with or without `?`); missing or invalid parts come from `defaults`. */
export function decodeState(
  search: string,
  defaults: { state: AtlasState; prefs: UiPrefs },
): { state: AtlasState; prefs: UiPrefs } {
  const d = defaults.state;
  const fallback = {
    state: { ...d, categories: [...d.categories], view: { center: [...d.view.center] as [number, number], zoom: d.view.zoom } },
    prefs: { ...defaults.prefs },
  };
  try {
    const p = new URLSearchParams(String(search).replace(/^\?/, ''));
    const region = p.get('region');
    const cats = p.get('categories') ?? p.get('cats');
    const q = p.get('q');
    const view = p.get('view');
    return {
      state: {
        place: decodePlace(p.get('place'), d.place),
        region: region !== null && isCode(region.trim()) ? region.trim() : d.region,
        categories: cats === null ? fallback.state.categories : normalizeCategories(cats.split(',').map((c) => c.trim())),
        query: q === null ? d.query : q.replace(CONTROL_ALL_RE, ' ').slice(0, URL_LIMITS.maxQuery),
        view: (view !== null && decodeView(view)) || fallback.state.view,
        ...decodePeriod(p, d),
      },
      prefs: { lang: decodeLang(p.get('lang'), defaults.prefs.lang) },
    };
  } catch {
    return fallback;
  }
}
