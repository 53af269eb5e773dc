/**
 * What the share dialog offers for the current view: a link to the full app and the README's four ways to embed
 * it (plain iframe, responsive iframe, script tag, custom element), all with the same option names. Pure string building.
 */
import { embedUrl, type EmbedOptions } from '../../loader/embedUrl.ts';
import { CATEGORY_IDS } from '../../contract/index.ts';
import type { AtlasState, UiPrefs } from '../types.ts';
import { encodeState, encodeView, normalizeCategories } from '../urlState.ts';

export interface ShareInput {
  state: AtlasState;
  prefs: UiPrefs;
  /** Address of the full app page (e.g. location.href); embed.html and embed.js sit beside it. */
  pageUrl: string;
  /** The host site that will show the embed: it may then hear select/statechange events and send `set`. */
  hostOrigin?: string;
  title: string;
}

const escAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Link to the full app showing exactly this view. */
export function shareLink(i: ShareInput): string {
  const q = encodeState(i.state, i.prefs);
  return new URL(`./${q ? `?${q}` : ''}`, i.pageUrl).href;
}

/** The host origin typed into the dialog, or undefined when it is not a URL. */
function hostOrigin(i: ShareInput): string | undefined {
  try { return i.hostOrigin ? new URL(i.hostOrigin).origin : undefined; } catch { return undefined; }
}

/**
 * The view as embed options. A selected region or place is fitted to whatever frame shows it, so the map extent
 * goes along only when nothing is selected (a laptop's extent would crop a small frame).
 */
export function embedOptions(i: ShareInput): EmbedOptions {
  const s = i.state;
  const cats = normalizeCategories(s.categories);
  const o: EmbedOptions = {};
  if (s.region) o.region = s.region;
  if (s.place) o.place = s.place;
  if (cats.length < CATEGORY_IDS.length) o.categories = cats;
  if (!s.region && !s.place && [...s.view.center, s.view.zoom].every(Number.isFinite)) o.view = encodeView(s.view);
  if (i.prefs.lang !== 'zh') o.lang = i.prefs.lang;
  const origin = hostOrigin(i);
  if (origin) o.origins = origin;
  return o;
}

/** Address of embed.html for this view. */
export function embedSrc(i: ShareInput): string {
  // The folder of the page, without its query (which may hold slashes that would look like folders).
  return embedUrl(new URL('./', i.pageUrl).href, embedOptions(i));
}

export function iframeSnippet(i: ShareInput, height = 480): string {
  return `<iframe src="${escAttr(embedSrc(i))}" title="${escAttr(i.title)}" style="width:100%;height:${height}px;border:0" loading="lazy"></iframe>`;
}

/**
 * An iframe plus a few lines that set its height from the embed's `nmg-atlas:resize` messages. The embed posts
 * resizes to any parent, so this works without `origins`; the script only listens to the atlas's origin.
 */
export function responsiveSnippet(i: ShareInput): string {
  const origin = new URL(i.pageUrl).origin;
  const frame = iframeSnippet(i, 400).replace('<iframe ', '<iframe data-nmg-atlas-frame ');
  const script = `<script>addEventListener('message',function(e){var d=e.data;if(e.origin!==${JSON.stringify(origin)}||!d||d.type!=='nmg-atlas:resize'||typeof d.height!=='number')return;`
    + `document.querySelectorAll('iframe[data-nmg-atlas-frame]').forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+'px'})});</script>`;
  return `${frame}\n${script}`;
}

/** The options as attributes, `prefix` before each name (`data-` for the script-tag embed). */
function attributes(i: ShareInput, prefix: string): string {
  // The loader puts the host page's own origin on the allow-list itself.
  const { origins: _origins, ...o } = embedOptions(i);
  return Object.entries(o).map(([k, v]) => ` ${prefix}${k}="${escAttr(Array.isArray(v) ? v.join(',') : String(v))}"`).join('');
}

const loaderTag = (i: ShareInput) => `<script src="${escAttr(new URL('./embed.js', i.pageUrl).href)}"></script>`;

/** A `data-nmg-atlas` element and the loader script. */
export function scriptSnippet(i: ShareInput): string {
  return `<div data-nmg-atlas${attributes(i, 'data-')}></div>\n${loaderTag(i)}`;
}

/** The `<nmg-atlas>` custom element and the loader script. */
export function elementSnippet(i: ShareInput): string {
  return `<nmg-atlas${attributes(i, '')}></nmg-atlas>\n${loaderTag(i)}`;
}
