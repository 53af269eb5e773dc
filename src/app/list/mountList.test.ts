// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureContext, fixtureStore } from '../search/testFixture.ts';
import { LIST_DEFAULTS, mountList } from './mountList.ts';

function setup(opts: { lang?: 'zh' | 'en'; visible?: () => { places: string[]; initiatives: string[] } } = {}) {
  const el = document.createElement('div');
  document.body.append(el);
  const store = fixtureStore();
  const handle = mountList(el, fixtureContext({ store, ...opts }));
  const rows = () => Array.from(el.querySelectorAll<HTMLTableRowElement>('tbody tr'));
  const key = (target: HTMLElement, k: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  return { el, store, handle, rows, key };
}

afterEach(() => { document.body.replaceChildren(); vi.restoreAllMocks(); LIST_DEFAULTS.pageSize = 100; });

describe('mountList', () => {
  it('shows the visible initiatives as a captioned table sorted by title', () => {
    const { el, rows } = setup();
    expect(el.querySelector('caption')?.textContent).toBe('当前显示 3 项举措');
    expect(rows()).toHaveLength(3);
    const titleHeader = el.querySelector('th[aria-sort]');
    expect(titleHeader?.textContent).toBe('标题');
    expect(titleHeader?.getAttribute('aria-sort')).toBe('ascending');
    const first = rows().find((r) => r.dataset.id === 'a#1')!;
    expect(Array.from(first.children).map((c) => c.textContent)).toEqual(['科右前旗建成互助幸福院', '养老助老', '文章', '科尔沁右翼前旗', '3000000元 投入资金']);
  });

  it('sorts by a column header and flips the direction on a second activation', () => {
    const { el, rows } = setup();
    const button = el.querySelector<HTMLButtonElement>('[data-sort="figure"]')!;
    button.click();
    expect(rows().map((r) => r.dataset.id)).toEqual(['a#1', 'a#2', 'b#5']);
    expect(el.querySelector('th[aria-sort]')?.textContent).toBe('主要数字');
    expect(el.querySelector('th[aria-sort]')?.getAttribute('aria-sort')).toBe('descending');
    el.querySelector<HTMLButtonElement>('[data-sort="figure"]')!.click();
    expect(rows().map((r) => r.dataset.id)).toEqual(['a#2', 'a#1', 'b#5']);
    expect(el.querySelectorAll('th[aria-sort]')).toHaveLength(1);
  });

  it('moves a single tab stop with the arrow keys and selects the main place with Enter', () => {
    const { rows, key, store } = setup();
    expect(rows().filter((r) => r.tabIndex === 0)).toHaveLength(1);
    const start = rows()[0];
    start.focus();
    key(start, 'ArrowDown');
    expect(document.activeElement).toBe(rows()[1]);
    expect(rows()[1].tabIndex).toBe(0);
    expect(rows()[0].tabIndex).toBe(-1);
    key(rows()[1], 'End');
    expect(document.activeElement).toBe(rows()[2]);
    key(rows()[2], 'Home');
    const target = rows()[0];
    key(target, 'Enter');
    const chosen = target.dataset.id === 'a#1' ? 'c152221000000' : target.dataset.id === 'a#2' ? 'c152221100000' : 'x152529101000-查干宝恩本村';
    expect(store.get().place).toBe(chosen);
    expect(target.getAttribute('aria-current')).toBe('true');
  });

  it('re-renders when the visible set changes, not on a view change, and keeps focus on the same row', () => {
    let shown = ['a#1', 'a#2', 'b#5'];
    const { el, rows, store } = setup({ visible: () => ({ places: [], initiatives: shown }) });
    const body = el.querySelector('tbody')!;
    const row = rows().find((r) => r.dataset.id === 'a#2')!;
    row.focus();
    store.set({ view: { center: [1, 2], zoom: 3 } });
    expect(el.querySelector('tbody')!.firstElementChild).toBe(body.firstElementChild); // same elements: not re-rendered
    shown = ['a#2'];
    store.set({ categories: ['rural-governance'] });
    expect(rows().map((r) => r.dataset.id)).toEqual(['a#2']);
    expect((document.activeElement as HTMLElement).dataset.id).toBe('a#2');
    shown = [];
    store.set({ categories: [] });
    expect(rows()).toHaveLength(0);
    expect(el.querySelector<HTMLElement>('.atlas-list__empty')!.hidden).toBe(false);
    expect(el.querySelector<HTMLButtonElement>('.atlas-list__download')!.disabled).toBe(true);
  });

  it('downloads the filtered set as CSV and GeoJSON', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => { blobs.push(b as Blob); return 'blob:test'; });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const { el } = setup({ visible: () => ({ places: ['c152221100000'], initiatives: ['a#2'] }) });
    const [csvButton, geoButton] = el.querySelectorAll<HTMLButtonElement>('.atlas-list__download');
    csvButton.click();
    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    const csv = await blobs[0].text();
    expect(csv.replace(/^\ufeff/, '').split(/\r?\n/)).toEqual([
      'id,title,kind,category,places,figures,outlet,date,page,url,file',
      'a#2,“积分超市”激活乡村治理,brief,rural-governance,科尔沁镇; 兴安街道,200户 参与农户,,,,,a.txt',
    ]);
    geoButton.click();
    await vi.waitFor(() => expect(blobs).toHaveLength(2));
    const geo = JSON.parse(await blobs[1].text());
    expect(geo.features.map((f: { properties: { id: string } }) => f.properties.id)).toEqual(['c152221100000']);
    expect(geo.features[0].properties.titles).toEqual(['“积分超市”激活乡村治理']);
  });

  it('renders in English and never interprets titles as HTML', async () => {
    const { el, handle } = setup({ lang: 'en' });
    await vi.waitFor(() => expect(el.textContent).toContain('Horqin Right Front Banner'));
    expect(el.querySelector('caption')?.textContent).toBe('3 initiatives shown');
    expect(el.textContent).toContain('Elderly care');
    expect(el.textContent).toContain('3 million yuan');
    handle.destroy();
    expect(el.children).toHaveLength(0);
  });

  it('lists a page of rows at a time: "more" and arrowing past the last row bring the next page', () => {
    LIST_DEFAULTS.pageSize = 2;
    const { el, rows, key } = setup();
    const more = el.querySelector<HTMLButtonElement>('.atlas-list__more')!;
    expect(rows()).toHaveLength(2);
    expect(el.querySelector('caption')?.textContent).toBe('共 3 项举措，列出前 2 项');
    expect(more.hidden).toBe(false);
    key(rows()[0], 'End');
    expect(document.activeElement).toBe(rows()[1]);
    key(rows()[1], 'ArrowDown');
    expect(rows()).toHaveLength(3);
    expect(document.activeElement).toBe(rows()[2]);
    expect(more.hidden).toBe(true);
    expect(el.querySelector('caption')?.textContent).toBe('当前显示 3 项举措');
  });

  it('starts again from one page when the visible set changes, and downloads every row, not just the listed ones', async () => {
    LIST_DEFAULTS.pageSize = 1;
    let shown = ['a#1', 'a#2', 'b#5'];
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => { blobs.push(b as Blob); return 'blob:test'; });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const { el, rows, store } = setup({ visible: () => ({ places: [], initiatives: shown }) });
    el.querySelector<HTMLButtonElement>('.atlas-list__more')!.click();
    expect(rows()).toHaveLength(2);
    el.querySelector<HTMLButtonElement>('.atlas-list__download')!.click();
    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    expect((await blobs[0].text()).trim().split(/\r?\n/)).toHaveLength(4);
    shown = ['a#1', 'b#5'];
    store.set({ categories: ['elderly-care', 'party-building'] });
    expect(rows()).toHaveLength(1);
  });
});
