/** The DOM of one suggestion: name, where it lies, and what it is. Text only, never HTML. */
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
