/**
 * Reads the map from inside the page: what the marker and cluster layers render, and where a coordinate is on screen.
 */
import type { Page } from 'playwright-core';

interface ProbeMap {
  queryRenderedFeatures(o: { layers: string[] }): { layer: { id: string }; properties: Record<string, unknown> }[];
  project(c: [number, number]): { x: number; y: number };
  getContainer(): HTMLElement;
}

/** Places represented on screen: unclustered markers plus the place counts of clusters. */
export async function renderedPlaceCount(page: Page): Promise<{ markers: number; clustered: number; ids: string[] }> {
  return page.evaluate(() => {
    const map = window.__nmgAtlasMap as ProbeMap;
    const feats = map.queryRenderedFeatures({ layers: ['markers', 'clusters'] });
    const ids = new Set<string>();
    const clusters = new Map<number, number>();
    for (const f of feats) {
      if (f.layer.id === 'markers') ids.add(String(f.properties.id));
      else clusters.set(Number(f.properties.cluster_id), Number(f.properties.point_count));
    }
    return { markers: ids.size, clustered: [...clusters.values()].reduce((a, b) => a + b, 0), ids: [...ids] };
  });
}

/** Page coordinates of a lon/lat on the map. */
export async function screenPoint(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((c) => {
    const map = window.__nmgAtlasMap as ProbeMap;
    const p = map.project(c);
    const r = map.getContainer().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, lonLat);
}

/** Waits until the map is idle after whatever just happened (an empty setState forces a frame and waits for idle). */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => window.nmgAtlas!.setState({}));
}
