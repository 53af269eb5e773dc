/** The list's DOM: header with downloads, a table with sortable column headers, and its rows. Text only. */
import { categoryLabel, formatFigure, kindLabel, placeName, t } from '../i18n/index.ts';
import type { Lang } from '../types.ts';
import type { ListRow } from './rows.ts';
import type { SortDirection, SortKey } from './sort.ts';

/** Columns in display order; `sort` is null for columns that cannot be sorted. */
export const COLUMNS: { key: string; label: Parameters<typeof t>[0]; sort: SortKey | null }[] = [
  { key: 'title', label: 'list.col.title', sort: 'title' },
  { key: 'category', label: 'list.col.category', sort: 'category' },
  { key: 'kind', label: 'list.col.kind', sort: null },
  { key: 'place', label: 'list.col.place', sort: 'place' },
  { key: 'figure', label: 'list.col.figure', sort: 'figure' },
];

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text = ''): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text) e.textContent = text;
  return e;
};

export interface ListDom {
  root: HTMLElement;
  heading: HTMLHeadingElement;
  downloads: HTMLDivElement;
  csvButton: HTMLButtonElement;
  geojsonButton: HTMLButtonElement;
  downloadStatus: HTMLElement;
  caption: HTMLTableCaptionElement;
  headRow: HTMLTableRowElement;
  body: HTMLTableSectionElement;
  /** Adds the next page of rows; hidden when every row is listed. */
  more: HTMLButtonElement;
  empty: HTMLParagraphElement;
}

export function buildListDom(base: string): ListDom {
  const root = el('section', 'atlas-list');
  const header = el('div', 'atlas-list__header');
  const heading = el('h2', 'atlas-list__title');
  heading.id = `${base}-title`;
  root.setAttribute('aria-labelledby', heading.id);
  const downloads = el('div', 'atlas-list__downloads');
  downloads.setAttribute('role', 'group');
  const csvButton = el('button', 'atlas-list__download');
  const geojsonButton = el('button', 'atlas-list__download');
  csvButton.type = geojsonButton.type = 'button';
  // Says that an export is fetching its details, or why it could not.
  const downloadStatus = el('span', 'atlas-list__download-status');
  downloadStatus.setAttribute('role', 'status');
  downloads.append(csvButton, geojsonButton, downloadStatus);
  header.append(heading, downloads);
  const table = el('table', 'atlas-list__table');
  const caption = el('caption', 'atlas-list__caption');
  const thead = el('thead', '');
  const headRow = el('tr', '');
  thead.append(headRow);
  const body = el('tbody', '');
  table.append(caption, thead, body);
  const more = el('button', 'atlas-list__more');
  more.type = 'button';
  more.hidden = true;
  const empty = el('p', 'atlas-list__empty');
  empty.hidden = true;
  root.append(header, table, more, empty);
  return { root, heading, downloads, csvButton, geojsonButton, downloadStatus, caption, headRow, body, more, empty };
}

/** Header cells; the sorted column carries aria-sort, each sortable header is a button. */
export function renderHead(headRow: HTMLTableRowElement, lang: Lang, key: SortKey, direction: SortDirection): void {
  headRow.replaceChildren(...COLUMNS.map((c) => {
    const th = el('th', `atlas-list__th atlas-list__th--${c.key}`);
    th.scope = 'col';
    if (!c.sort) { th.textContent = t(c.label, lang); return th; }
    if (c.sort === key) th.setAttribute('aria-sort', direction);
    const button = el('button', 'atlas-list__sort', t(c.label, lang));
    button.type = 'button';
    button.dataset.sort = c.sort;
    th.append(button);
    return th;
  }));
}

export function rowView(row: ListRow, lang: Lang): HTMLTableRowElement {
  const tr = el('tr', 'atlas-list__row');
  tr.dataset.id = row.id;
  tr.tabIndex = -1;
  const figure = row.topFigure
    ? `${formatFigure(row.topFigure, lang)}${row.topFigure.label ? ` ${row.topFigure.label}` : ''}`
    : '';
  const cat = el('td', 'atlas-list__category', categoryLabel(row.category, lang));
  cat.dataset.category = row.category;
  tr.append(
    el('td', 'atlas-list__title-cell', row.title),
    cat,
    el('td', 'atlas-list__kind', kindLabel(row.kind, lang)),
    el('td', 'atlas-list__place', row.placeName ? placeName(row.placeName, lang) : ''),
    el('td', 'atlas-list__figure', figure),
  );
  return tr;
}
