/**
 * The embed page's address for a set of options (from `NmgAtlas.mount`, `data-*` attributes or element
 * attributes). Pure, so the loader, the share dialog and tests build the same URLs.
 */

export interface EmbedOptions {
  /** Folder (or full URL) of the atlas; embed.html is loaded from there. */
  base?: string;
  region?: string;
  categories?: string | string[];
  place?: string;
  /** Period of the sources' dates, `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (undated initiatives stay shown). */
  from?: string;
  to?: string;
  /** `@lon,lat,zoom`, as the full app writes it. */
  view?: string;
  lang?: string;
  theme?: string;
  controls?: string | string[];
  /** Host origins the embed may talk to; the loader adds the page's own origin. */
  origins?: string | string[];
  /** Accessible name of the frame. */
  title?: string;
}

/** Options in URL order; `base` and `title` are not URL parameters. */
export const URL_OPTIONS = ['region', 'categories', 'place', 'from', 'to', 'view', 'lang', 'theme', 'controls', 'origins'] as const;

const list = (v: string | string[]): string => (Array.isArray(v) ? v.join(',') : v);

export function embedUrl(base: string, o: EmbedOptions): string {
  const url = new URL('embed.html', new URL(base, 'http://invalid/').href.replace(/[^/]*$/, ''));
  for (const k of URL_OPTIONS) {
    const v = o[k];
    if (v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)) url.searchParams.set(k, list(v));
  }
  return url.href;
}

/** Options from an element's attributes (`region="…"` or `data-region="…"`); absent ones are left out. */
export function optionsFromAttributes(get: (name: string) => string | null): EmbedOptions {
  const o: Record<string, string> = {};
  for (const k of [...URL_OPTIONS, 'base', 'title'] as const) {
    const v = get(k) ?? get(`data-${k}`);
    if (v !== null && v !== '') o[k] = v;
  }
  return o as EmbedOptions;
}

/** `origins` with `origin` added (deduplicated), as a list. */
export function withOrigin(origins: EmbedOptions['origins'], origin: string): string[] {
  const given = origins === undefined ? [] : list(origins).split(',').map((x) => x.trim()).filter(Boolean);
  return [...new Set([...given, origin])];
}
