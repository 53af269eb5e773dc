/**
 * The three things the share dialog offers for the current view: a link to the full app, a fixed `<iframe>`
 * snippet, and a responsive snippet whose frame follows the height the embed reports. Pure string building.
 */
import type { AtlasState, UiPrefs } from '../types.ts';
import { encodeState } from '../urlState.ts';

export interface ShareInput {
  state: AtlasState;
  prefs: UiPrefs;
  /** Address of the full app page (e.g. location.href); embed.html sits beside it. */
  pageUrl: string;
  /** The host site that will show the embed; it may then talk to it (and the responsive frame hears its height). */
  hostOrigin?: string;
  title: string;
}

const escAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Link to the full app showing exactly this view. */
export function shareLink(i: ShareInput): string {
  const q = encodeState(i.state, i.prefs);
  return new URL(`./${q ? `?${q}` : ''}`, i.pageUrl).href;
}

/** Address of embed.html for this view, with the host origin on the allow-list when one is given. */
export function embedSrc(i: ShareInput): string {
  const url = new URL(`./embed.html?${encodeState(i.state, i.prefs)}`, i.pageUrl);
  if (i.hostOrigin) {
    try { url.searchParams.set('origins', new URL(i.hostOrigin).origin); } catch { /* not a URL: no messages */ }
  }
  return url.href;
}

export function iframeSnippet(i: ShareInput, height = 480): string {
  return `<iframe src="${escAttr(embedSrc(i))}" title="${escAttr(i.title)}" style="width:100%;height:${height}px;border:0" loading="lazy"></iframe>`;
}

/** An iframe plus a few lines that set its height from the embed's `nmg-atlas:resize` messages (only from the atlas origin). */
export function responsiveSnippet(i: ShareInput): string {
  const origin = new URL(i.pageUrl).origin;
  const frame = iframeSnippet(i, 400).replace('<iframe ', '<iframe data-nmg-atlas-frame ');
  const script = `<script>addEventListener('message',function(e){var d=e.data;if(e.origin!==${JSON.stringify(origin)}||!d||d.type!=='nmg-atlas:resize'||typeof d.height!=='number')return;`
    + `document.querySelectorAll('iframe[data-nmg-atlas-frame]').forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+'px'})});</script>`;
  return `${frame}\n${script}`;
}
