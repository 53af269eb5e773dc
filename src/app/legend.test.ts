// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, type CategoryId } from '../contract/index.ts';
import { DEFAULTS } from './defaults.ts';
import { renderLegend, type LegendMap } from './legend.ts';
import { createStore } from './store.ts';

const counts = Object.fromEntries(CATEGORY_IDS.map((c, i) => [c, i])) as Record<CategoryId, number>;

function setup(map: Partial<LegendMap['choropleth']> & { unmapped?: number } = {}) {
  const el = document.createElement('section');
  document.body.replaceChildren(el);
  const store = createStore(structuredClone(DEFAULTS.state));
  const toggled: boolean[] = [];
  renderLegend(el, store, counts, 'zh', {
    unmapped: map.unmapped ?? 0,
    choropleth: { on: map.on ?? false, classes: map.classes ?? [], toggle: (on) => toggled.push(on) },
  });
  return { el, toggled };
}

describe('renderLegend’s map key', () => {
  it('offers the choropleth switch and reports what it asks for', () => {
    const { el, toggled } = setup();
    const input = el.querySelector<HTMLInputElement>('input[data-action="choropleth"]')!;
    expect(input.checked).toBe(false);
    expect(el.querySelector('.choro-classes')).toBeNull();
    input.checked = true;
    input.dispatchEvent(new Event('change'));
    expect(toggled).toEqual([true]);
  });
  it('lists the classes with their ranges and says the counts are per region, when on', () => {
    const { el } = setup({ on: true, classes: [{ from: 1, to: 1, colour: '#aaa' }, { from: 2, to: 5, colour: '#555' }] });
    const items = [...el.querySelectorAll('.choro-classes li')].map((li) => li.textContent);
    expect(items).toEqual(['无', '1', '2–5']);
    expect(el.querySelector('.choropleth-key .note')!.textContent).toContain('未按人口折算');
  });
  it('says how many initiatives are not on the map, only when some are not', () => {
    expect(setup({ unmapped: 2 }).el.querySelector('.unmapped')!.textContent).toContain('2');
    expect(setup({ unmapped: 0 }).el.querySelector('.unmapped')).toBeNull();
  });
});
