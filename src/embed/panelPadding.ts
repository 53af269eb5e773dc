/**
 * Keeps the map's focus clear of the overlay panel: the map's padding follows the panel (right of a side panel,
 * below a bottom sheet), so a selected region or place is centred in the part of the map still visible.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { SHEET_MAX_WIDTH } from './chrome.ts';

export function followPanel(map: MlMap, panel: HTMLElement): () => void {
  let last = '';
  const update = () => {
    const open = !panel.hidden;
    const sheet = document.documentElement.clientWidth <= SHEET_MAX_WIDTH;
    const padding = { top: 0, left: 0, right: open && !sheet ? panel.offsetWidth : 0, bottom: open && sheet ? panel.offsetHeight : 0 };
    const key = JSON.stringify(padding);
    if (key === last) return;
    last = key;
    map.setPadding(padding);
  };
  const ro = new ResizeObserver(update);
  ro.observe(panel);
  ro.observe(document.documentElement);
  const mo = new MutationObserver(update);
  mo.observe(panel, { attributes: true, attributeFilter: ['hidden'] });
  update();
  return () => { ro.disconnect(); mo.disconnect(); };
}
