/**
 * Reads the map from inside the page: what the marker and cluster layers render, and where a coordinate is on screen.
 */
import type { Page } from 'playwright-core';

interface ProbeMap {
  queryRenderedFeatures(o: { layers: string[] }): { layer: { id: string }; properties: Record<string, unknown> }[];
  project(c: [number, number]): { x: number; y: number };
  getContainer(): HTMLElement;
}

/**
 * The numbers the circles on screen stand for: a cluster's or marker's visible initiatives (the per-category counts
 * it carries, for the categories shown), each circle once however many tiles draw it.
 */
export async function renderedCircleNumbers(page: Page): Promise<{ clusters: number[]; markers: number[] }> {
  return page.evaluate(() => {
    const map = window.__nmgAtlasMap as ProbeMap;
    const shown = window.nmgAtlas!.getState().categories;
    const count = (p: Record<string, unknown>) => shown.reduce((a, c) => a + Number(p[`k_${c}`] ?? 0), 0);
    const clusters = new Map<number, number>();
    const markers = new Map<string, number>();
    for (const f of map.queryRenderedFeatures({ layers: ['markers', 'clusters'] })) {
      if (f.layer.id === 'markers') markers.set(String(f.properties.id), count(f.properties));
      else clusters.set(Number(f.properties.cluster_id), count(f.properties));
    }
    return { clusters: [...clusters.values()], markers: [...markers.values()] };
  });
}

/** Places drawn as markers (their ids) and places inside drawn clusters, each counted once however many tiles draw it. */
export async function renderedPlaceCount(page: Page): Promise<{ markers: number; clustered: number; ids: string[] }> {
  return page.evaluate(() => {
    const map = window.__nmgAtlasMap as ProbeMap;
    const ids = new Set<string>();
    const clusters = new Map<number, number>();
    for (const f of map.queryRenderedFeatures({ layers: ['markers', 'clusters'] })) {
      if (f.layer.id === 'markers') ids.add(String(f.properties.id));
      else clusters.set(Number(f.properties.cluster_id), Number(f.properties.point_count));
    }
    return { markers: ids.size, clustered: [...clusters.values()].reduce((a, b) => a + b, 0), ids: [...ids] };
  });
}

/** Sum of the numbers of every circle on screen. */
export async function circleTotal(page: Page): Promise<number> {
  const r = await renderedCircleNumbers(page);
  return [...r.clusters, ...r.markers].reduce((a, b) => a + b, 0);
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
