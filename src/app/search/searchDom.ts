/** The static DOM of the search combobox: a visually hidden label, the input, the listbox, a visible “no results” note and a live status. */

export interface SearchDom {
  root: HTMLDivElement;
  label: HTMLLabelElement;
  input: HTMLInputElement;
  listbox: HTMLUListElement;
  empty: HTMLDivElement;
  status: HTMLDivElement;
}

/** Elements with the ARIA 1.2 combobox wiring; ids derive from `base`, which must be unique in the page. */
export function buildSearchDom(base: string): SearchDom {
  const root = document.createElement('div');
  root.className = 'atlas-search';
  const label = document.createElement('label');
  label.className = 'atlas-search__label';
  label.htmlFor = `${base}-input`;
  const input = document.createElement('input');
  Object.assign(input, { id: `${base}-input`, type: 'text', autocomplete: 'off', spellcheck: false, className: 'atlas-search__input' });
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', `${base}-listbox`);
  input.setAttribute('enterkeyhint', 'search');
  const listbox = document.createElement('ul');
  listbox.id = `${base}-listbox`;
  listbox.className = 'atlas-search__listbox';
  listbox.setAttribute('role', 'listbox');
  listbox.hidden = true;
  const empty = document.createElement('div');
  empty.className = 'atlas-search__empty';
  empty.hidden = true;
  const status = document.createElement('div');
  status.className = 'atlas-search__status';
  status.setAttribute('role', 'status');
  root.append(label, input, listbox, empty, status);
  return { root, label, input, listbox, empty, status };
}
