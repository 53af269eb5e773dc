/**
 * The source passage of an initiative with this place's mentions and the figures highlighted, and a toggle
 * that shows the whole source file. Source text is fetched once per file and only ever set as text.
 */
import type { Initiative, Mention } from '../../contract/index.ts';
import { h } from '../dom.ts';
import { t } from '../i18n/index.ts';
import { loadSource } from '../load.ts';
import { citation } from './citation.ts';
import type { Lang } from '../types.ts';
import { renderRuns, runs, type Span } from './highlight.ts';

const cache = new Map<string, Promise<string>>();
const source = (file: string) => {
  // A failed fetch is forgotten so that reopening the panel tries again.
  if (!cache.has(file)) cache.set(file, loadSource(file).catch((e: unknown) => { cache.delete(file); throw e; }));
  return cache.get(file)!;
};

function spansFor(it: Initiative, placeMentions: readonly Mention[]): Span[] {
  const mentions = placeMentions.filter((m) => m.file === it.file).map((m) => ({ start: m.start, end: m.end, mark: 'place' as const }));
  return [...mentions, ...it.figures.map((f) => ({ start: f.start, end: f.end, mark: 'figure' as const }))];
}

/** The initiatives (by `data-initiative`) whose whole source text is open under `root`. */
export function openFullTexts(root: ParentNode): Set<string> {
  return new Set([...root.querySelectorAll<HTMLElement>('[data-initiative]')]
    .filter((card) => card.querySelector('.fulltext-toggle[aria-expanded="true"]'))
    .map((card) => card.dataset.initiative!));
}

/** A block that fills itself with the passage once the source and the place's `mentions` are in; `open` starts with the whole text shown. */
export function sourcePassage(it: Initiative, lang: Lang, open = false, mentions: Promise<readonly Mention[]> = Promise.resolve([])): HTMLElement {
  const passage = h('blockquote', { class: 'passage', lang: 'zh' }, t('app.loading', lang));
  const full = h('div', { class: 'fulltext', lang: 'zh', hidden: true, tabindex: '0' });
  const toggle = h('button', { type: 'button', class: 'fulltext-toggle', 'aria-expanded': 'false' }, t('panel.fullText', lang));
  const show = (on: boolean) => {
    full.hidden = !on;
    toggle.setAttribute('aria-expanded', String(on));
    toggle.textContent = t(on ? 'panel.hideFullText' : 'panel.fullText', lang);
  };
  show(open);
  toggle.addEventListener('click', () => show(toggle.getAttribute('aria-expanded') !== 'true'));
  Promise.all([source(it.file), mentions]).then(([text, ms]) => {
    const spans = spansFor(it, ms);
    passage.replaceChildren(renderRuns(runs(text, it.start, it.end, spans)));
    full.replaceChildren(renderRuns(runs(text, 0, text.length, spans)));
  }).catch((e: unknown) => {
    passage.textContent = `${t('error.load', lang)} (${e instanceof Error ? e.message : String(e)})`;
    toggle.hidden = true;
  });
  return h('div', { class: 'source' },
    h('h4', {}, t('panel.source', lang)), passage, toggle, full,
    citation(it, lang));
}
