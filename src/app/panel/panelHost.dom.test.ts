// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { placeIndex, visibleFor } from '../filter.ts';
import { fixtureData, fixtureStore } from '../search/testFixture.ts';
import type { AtlasData } from '../types.ts';
import { renderPanel } from './panelHost.ts';

// Two leagues, so that the panel can show one region and then another (region panels fetch nothing).
const league = (code: string, name: string) => ({ type: 'Feature' as const, geometry: { type: 'Polygon' as const, coordinates: [] },
  properties: { code, name, shortName: name, level: 'prefecture' as const, parentCode: null } });
const [XING_AN, XILINGOL] = ['152200000000', '152500000000'];
const data: AtlasData = { ...fixtureData, leagues: { type: 'FeatureCollection', features: [league(XING_AN, '兴安盟'), league(XILINGOL, '锡林郭勒盟')] } };
const byId = placeIndex(data);

/** The panel host drawn as the app draws it, for the store's current selection. */
function draw(el: HTMLElement, store: ReturnType<typeof fixtureStore>): void {
  const v = visibleFor(data, store.get(), byId);
  renderPanel(el, { data, store, lang: 'zh', placesById: byId, visibleInitiatives: new Set(v.initiatives), listBelow: null }, v.places, false);
}

describe('renderPanel', () => {
  it('keeps the reader’s place when the same selection is drawn again, and starts a new one at the top', () => {
    const el = document.createElement('aside');
    document.body.replaceChildren(el);
    const store = fixtureStore({ region: XING_AN });
    draw(el, store);
    expect(el.hidden).toBe(false);
    el.scrollTop = 120;
    draw(el, store);
    expect(el.scrollTop).toBe(120);
    store.set({ region: XILINGOL });
    draw(el, store);
    expect(el.scrollTop).toBe(0);
  });

  it('puts the focus back on the same control when the same selection is drawn again', () => {
    const el = document.createElement('aside');
    document.body.replaceChildren(el);
    const store = fixtureStore({ region: XING_AN });
    draw(el, store);
    const buttons = [...el.querySelectorAll<HTMLButtonElement>('button[data-initiative]')];
    expect(buttons.length).toBeGreaterThan(1);
    const second = buttons[1];
    second.focus();
    draw(el, store);
    expect(second.isConnected).toBe(false);
    expect((document.activeElement as HTMLElement).dataset.initiative).toBe(second.dataset.initiative);
    el.querySelector<HTMLButtonElement>('.panel-close')!.focus();
    draw(el, store);
    expect(document.activeElement?.classList.contains('panel-close')).toBe(true);
  });
});
