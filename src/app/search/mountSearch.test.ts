// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountSearch } from './mountSearch.ts';
import { fixtureContext, fixtureData, fixtureStore, initiatives, places } from './testFixture.ts';
import { createDetails } from '../details.ts';
import { splitForApp } from '../indexedRecords.ts';

function setup(lang: 'zh' | 'en' = 'zh', initialQuery = '') {
  const el = document.createElement('div');
  document.body.append(el);
  const store = fixtureStore({ query: initialQuery });
  const handle = mountSearch(el, fixtureContext({ store, lang }), { debounceMs: 20 });
  const input = el.querySelector('input')!;
  const listbox = el.querySelector('[role=listbox]') as HTMLElement;
  const key = (k: string) => input.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  const type = (text: string) => { input.value = text; input.dispatchEvent(new Event('input', { bubbles: true })); };
  return { el, store, handle, input, listbox, key, type };
}

afterEach(() => { document.body.replaceChildren(); });

describe('mountSearch', () => {
  it('renders a labelled combobox that controls a hidden listbox', () => {
    const { input, listbox, el } = setup();
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-controls')).toBe(listbox.id);
    expect(el.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('搜索地点或举措');
    expect(input.placeholder).toContain('科右前旗');
    expect(listbox.hidden).toBe(true);
  });

  it('suggests, moves with the arrow keys and selects a banner with Enter', async () => {
    const { input, listbox, key, type, store, handle } = setup();
    await handle.ready();
    input.focus();
    type('科右前旗');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const options = listbox.querySelectorAll('[role=option]');
    expect(options[0].textContent).toContain('科尔沁右翼前旗');
    key('ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0].id);
    expect(options[0].getAttribute('aria-selected')).toBe('true');
    key('ArrowUp');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[options.length - 1].id);
    key('ArrowDown');
    key('Enter');
    expect(store.get().region).toBe('152221000000');
    expect(store.get().query).toBe('');
    expect(store.calls.at(-1)?.push).toBe(true);
    expect(input.value).toBe('科尔沁右翼前旗');
    expect(listbox.hidden).toBe(true);
  });

  it('selects an initiative\'s main place by click, and shows English names', async () => {
    const { listbox, type, store, handle, input } = setup('en');
    await handle.ready();
    type('积分超市');
    const option = listbox.querySelector('[role=option]') as HTMLElement;
    expect(option.textContent).toContain('Initiative');
    option.click();
    expect(store.get().place).toBe('c152221100000');
    expect(input.value).toBe('“积分超市”激活乡村治理');
  });

  it('says when details files could not be loaded, beside the initiatives found and in the status', async () => {
    const el = document.createElement('div');
    document.body.append(el);
    // Every details file fails, as when the server lost them: titles and places are still searched.
    const { index } = splitForApp(initiatives, { type: 'FeatureCollection', features: places });
    const details = createDetails(index, (name) => Promise.reject(new Error(`${name}: HTTP 404`)));
    const ctx = { ...fixtureContext(), data: { ...fixtureData, details } };
    const handle = mountSearch(el, ctx, { debounceMs: 20 });
    const input = el.querySelector('input')!;
    await handle.ready();
    await details.loadAll();
    input.focus();
    input.value = '积分超市';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(el.querySelector('.atlas-search__partial')).not.toBeNull());
    const note = el.querySelector('[data-type="initiative"] .atlas-search__partial')!;
    expect(note.textContent).toBe(`${index.chunks.length} 个详情文件未能加载，举措只按标题和地点搜索`);
    expect(el.querySelector('[role=status]')!.textContent).toContain('未能加载');
  });

  it('says nothing of the kind when every details file is in', async () => {
    const { handle, type, input, el } = setup();
    await handle.ready();
    input.focus();
    type('积分超市');
    expect(el.querySelector('[role=option]')).not.toBeNull();
    expect(el.querySelector('.atlas-search__partial')).toBeNull();
  });

  it('writes the typed text to the store after a pause, and follows outside changes', async () => {
    vi.useFakeTimers();
    try {
      const { type, store, input } = setup('zh', 'old');
      expect(input.value).toBe('old');
      type('兴');
      type('兴安');
      expect(store.get().query).toBe('old');
      vi.advanceTimersByTime(25);
      expect(store.get().query).toBe('兴安');
      expect(store.calls.filter((c) => 'query' in c.partial)).toHaveLength(1);
      store.set({ query: '幸福院' });
      expect(input.value).toBe('幸福院');
    } finally {
      vi.useRealTimers();
    }
  });

  it('reopens a closed list with ArrowDown and highlights its first option', async () => {
    const { type, key, input, listbox, handle } = setup();
    await handle.ready();
    type('兴安');
    key('Escape');
    expect(listbox.hidden).toBe(true);
    key('ArrowDown');
    expect(listbox.hidden).toBe(false);
    expect(input.getAttribute('aria-activedescendant')).toBe(listbox.querySelector('[role=option]')!.id);
  });

  it('Escape closes the list, then clears the text', async () => {
    const { type, key, input, listbox, store, handle } = setup();
    await handle.ready();
    type('兴安');
    expect(listbox.hidden).toBe(false);
    key('Escape');
    expect(listbox.hidden).toBe(true);
    expect(input.value).toBe('兴安');
    key('Escape');
    expect(input.value).toBe('');
    expect(store.get().query).toBe('');
  });

  it('groups results by kind under headings that label their options', async () => {
    const { type, listbox, handle, input } = setup('en');
    await handle.ready();
    input.focus();
    type('科右前旗');
    const groups = [...listbox.querySelectorAll('[role=group]')];
    expect(groups.map((g) => document.getElementById(g.getAttribute('aria-labelledby')!)?.textContent)).toEqual(['Regions', 'Places', 'Initiatives']);
    expect(groups[0].querySelector('[role=option]')?.textContent).toContain('Horqin Right Front Banner');
  });
  it('announces no matches and renders titles as text, not HTML', async () => {
    const { type, el, handle, listbox, input } = setup();
    await handle.ready();
    input.focus();
    type('<b>北京</b>');
    expect(el.querySelector('[role=status]')?.textContent).toBe('没有匹配的结果');
    const empty = el.querySelector('.atlas-search__empty') as HTMLElement;
    expect(empty.hidden).toBe(false);
    expect(empty.textContent).toBe('没有找到“<b>北京</b>”，地图保持不变');
    expect(empty.querySelector('b')).toBeNull();
    expect(listbox.querySelector('b')).toBeNull();
    handle.destroy();
    expect(el.children).toHaveLength(0);
  });
});

describe('mountSearch before the index has loaded', () => {
  it('takes the best result for an Enter pressed while the index is still loading', async () => {
    const { input, key, store, handle } = setup();
    input.value = '科右前旗';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    key('Enter');
    await handle.ready();
    expect(store.get().region).toBe('152221000000');
    expect(input.value).toBe('科尔沁右翼前旗');
  });
});
