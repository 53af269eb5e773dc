/** A visible error state in place of the map, listing what is wrong with the data. */
import { h } from './dom.ts';
import { t } from './i18n/index.ts';
import type { Lang } from './types.ts';

export function showError(root: HTMLElement, lang: Lang, problems: string[]): void {
  root.replaceChildren(h('div', { class: 'error-view', role: 'alert' },
    h('h2', {}, t('error.load', lang)),
    h('ul', {}, ...problems.slice(0, 20).map((p) => h('li', {}, h('code', {}, p)))),
    problems.length > 20 ? h('p', {}, `… +${problems.length - 20}`) : null));
  document.body.dataset.state = 'error';
}
