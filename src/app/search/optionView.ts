/** The DOM of the suggestions: each one's name, where it lies and what it is, grouped by kind. Text only, never HTML. */
import { levelLabel, placeName, t } from '../i18n/index.ts';
import type { Lang } from '../types.ts';
import type { SearchEntry } from './searchTypes.ts';

/** Name as shown in the input after choosing, in the UI language. */
export function displayName(entry: SearchEntry, lang: Lang): string {
  return entry.type === 'initiative' ? entry.name : placeName(entry.name, lang);
}

function span(cls: string, text: string): HTMLSpanElement {
  const s = document.createElement('span');
  s.className = cls;
  s.textContent = text;
  return s;
}

export function optionView(entry: SearchEntry, id: string, lang: Lang): HTMLLIElement {
  const li = document.createElement('li');
  li.id = id;
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  li.className = `atlas-search__option atlas-search__option--${entry.type}`;
  const kind = entry.type === 'initiative' || !entry.level ? t(`search.type.${entry.type}`, lang) : levelLabel(entry.level, lang);
  li.append(span('atlas-search__name', displayName(entry, lang)), span('atlas-search__kind', kind));
  if (entry.context.length) {
    li.append(span('atlas-search__context', entry.context.map((n) => placeName(n, lang)).join(' › ')));
  }
  return li;
}

/** The listbox's content: one group (heading + options) per kind, in the results' order. */
export function groupViews(results: SearchEntry[], base: string, lang: Lang): { groups: HTMLLIElement[]; options: HTMLLIElement[] } {
  const groups: HTMLLIElement[] = [];
  const options: HTMLLIElement[] = [];
  let list: HTMLUListElement | null = null;
  results.forEach((e, i) => {
    if (i === 0 || results[i - 1].type !== e.type) {
      const group = document.createElement('li');
      group.setAttribute('role', 'group');
      group.className = 'atlas-search__group';
      group.dataset.type = e.type;
      const heading = document.createElement('span');
      heading.id = `${base}-grp-${groups.length}`;
      heading.className = 'atlas-search__group-label';
      heading.textContent = t(`search.group.${e.type}`, lang);
      group.setAttribute('aria-labelledby', heading.id);
      list = document.createElement('ul');
      list.setAttribute('role', 'none');
      group.append(heading, list);
      groups.push(group);
    }
    const option = optionView(e, `${base}-opt-${i}`, lang);
    options.push(option);
    list!.append(option);
  });
  return { groups, options };
}
