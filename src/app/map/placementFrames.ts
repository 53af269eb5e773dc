/**
 * One frame fewer each time symbol tiles arrive (a start, a category toggle, a pan). With `fadeDuration: 0`, which
 * createMap sets, MapLibre (5.x, Style._updatePlacement) makes a full placement in every frame and finishes it within that
 * frame. When new symbol buckets arrived in the same frame, it still marks the placement it has just committed as stale.
 * The stale flag asks for one more frame, which places and draws exactly the same symbols again. With software WebGL a
 * frame costs 70–150 ms (BENCHMARKS.md).
 *
 * This wrapper clears the flag when the placement was committed in that very call. This reads MapLibre internals.
 * Where they are missing (another MapLibre), the map keeps MapLibre's own behaviour, and the browser test on a toggle's
 * frames (atlas.test.ts: no frame after the last tiles ends with placement pending) fails.
 */
import type { Map as MlMap } from 'maplibre-gl';

interface Placement { stale: boolean; hasTransitions(now: number): boolean }
interface StyleInternals {
  placement?: Placement;
  pauseablePlacement?: { isDone(): boolean };
  _updatePlacement?: (...args: unknown[]) => boolean;
}

export function skipRepeatedPlacementFrame(map: MlMap): void {
  const { style, _fadeDuration: fade } = map as unknown as { style?: StyleInternals; _fadeDuration?: number };
  const update = style?._updatePlacement;
  // With fading, a placement can run over several frames and be stale for real when it is committed: left alone.
  if (!style || typeof update !== 'function' || fade !== 0) return;
  style._updatePlacement = (...args: unknown[]): boolean => {
    const before = style.placement;
    const again = update.apply(style, args);
    const placed = style.placement;
    // Committed in this call, complete, and stale only because its own new buckets came in: nothing left to redraw.
    if (placed && placed !== before && placed.stale && style.pauseablePlacement?.isDone()) {
      placed.stale = false;
      return placed.hasTransitions(performance.now());
    }
    return again;
  };
}
