/**
 * The share & embed dialog: for the current view, a link and the README's four embed snippets (iframe, responsive
 * iframe, script tag, custom element), each with a copy button. `shareButton` is what the app's toolbar mounts;
 * the dialog is rebuilt on every opening.
 */
import './share.css';
import { h } from '../dom.ts';
import type { Lang, Store, UiPrefs } from '../types.ts';
import { elementSnippet, iframeSnippet, responsiveSnippet, scriptSnippet, shareLink, type ShareInput } from './snippets.ts';
import { shareText as s, type ShareKey } from './shareStrings.ts';

export interface ShareDeps {
  store: Store;
  prefs: () => UiPrefs;
  /** Address of the full app (defaults to the current page). */
  pageUrl?: () => string;
}

async function copy(text: string, area: HTMLTextAreaElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Clipboard API refused (no permission or insecure context): select the text so a manual copy is one keystroke.
    area.select();
    document.execCommand?.('copy');
  }
}

function field(key: ShareKey, value: string, lang: Lang, rows: number): HTMLElement {
  const id = `share-${key}`;
  const area = h('textarea', { id, readonly: true, rows: String(rows), 'data-share': key, spellcheck: 'false' });
  area.value = value;
  const btn = h('button', { type: 'button', 'data-copy': key }, s('copy', lang));
  btn.addEventListener('click', async () => {
    await copy(area.value, area);
    btn.textContent = s('copied', lang);
    setTimeout(() => { btn.textContent = s('copy', lang); }, 1500);
  });
  return h('div', { class: 'share-field' }, h('label', { for: id }, s(key, lang)), area, btn);
}

export function openShareDialog(d: ShareDeps): HTMLDialogElement {
  const lang = d.prefs().lang;
  document.querySelector('dialog.share-dialog')?.remove();
  const input = (): ShareInput => ({
    state: d.store.get(), prefs: d.prefs(), pageUrl: d.pageUrl?.() ?? location.href, hostOrigin: host.value.trim() || undefined, title: s('frameTitle', lang),
  });
  const host = h('input', { type: 'url', id: 'share-host', placeholder: 'https://example.com', 'data-share': 'host' });
  const body = h('div', { class: 'share-fields' });
  const fill = () => {
    const i = input();
    body.replaceChildren(field('link', shareLink(i), lang, 2), field('iframe', iframeSnippet(i), lang, 3), field('responsive', responsiveSnippet(i), lang, 5),
      field('script', scriptSnippet(i), lang, 3), field('element', elementSnippet(i), lang, 3));
  };
  host.addEventListener('input', fill);
  const dialog = h('dialog', { class: 'share-dialog', 'aria-labelledby': 'share-title' },
    h('h2', { id: 'share-title' }, s('title', lang)),
    h('p', { class: 'note' }, s('hint', lang)),
    h('div', { class: 'share-field' }, h('label', { for: 'share-host' }, s('host', lang)), host),
    body,
    h('form', { method: 'dialog' }, h('button', { type: 'submit' }, s('close', lang))));
  fill();
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

/** The toolbar button that opens the dialog. */
export function shareButton(d: ShareDeps): HTMLButtonElement {
  const b = h('button', { type: 'button', class: 'share-open', 'aria-haspopup': 'dialog' }, s('open', d.prefs().lang));
  b.addEventListener('click', () => openShareDialog(d));
  return b;
}
