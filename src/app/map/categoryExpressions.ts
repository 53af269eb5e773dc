/**
 * MapLibre expressions that count and draw the markers and clusters for the categories shown. They read the
 * per-category counts the data carries (see markers.ts), so a category toggle only swaps expressions: the cluster
 * index and the data stay as they are.
 */
import { anchoredKey, CATEGORY_IDS, mentionKey, type CategoryId } from '../../contract/index.ts';
import { radiusExpression } from '../scale.ts';

/** Shares in the donut key are in steps of 1/DONUT_STEPS of the circle. */
export const DONUT_STEPS = 24;

type Expr = unknown[] | number | string;

/** A count property; places leave out zero counts (less data to the worker), which reads as 0 here. */
const count = (k: string): Expr => ['to-number', ['get', k]];
// Always an expression (never a bare 0), which a filter would read as the old key-value syntax.
const sum = (keys: string[]): Expr => ['+', 0, 0, ...keys.map(count)];

/** Visible initiatives a marker or cluster stands for. */
export function countExpression(shown: readonly CategoryId[]): Expr {
  return sum(shown.map(anchoredKey));
}

/** Visible initiatives that mention a place without being counted there. */
export function mentionExpression(shown: readonly CategoryId[]): Expr {
  return sum(shown.map(mentionKey));
}

/** Cluster properties: the per-category sums that let a cluster be recounted for any set of categories. */
export function clusterProperties(): Record<string, unknown> {
  return Object.fromEntries(CATEGORY_IDS.map((c) => [anchoredKey(c), ['+', count(anchoredKey(c))]]));
}

/**
 * Name of the image that draws a marker or cluster: kind (`c` cluster, `e` exact place, `a` approximate place),
 * radius in whole pixels, then each category's share in DONUT_STEPS steps (rounded up, so a small share never vanishes), in contract order.
 * donut.ts draws the image from this name alone.
 */
export function donutImageExpression(shown: readonly CategoryId[]): Expr {
  const total = ['max', 1, countExpression(shown)];
  const kind = ['case', ['has', 'point_count'], 'c', ['to-boolean', ['get', 'approx']], 'a', 'e'];
  const parts = CATEGORY_IDS.flatMap((c, i) => [
    i ? ',' : '|',
    shown.includes(c) ? ['to-string', ['ceil', ['/', ['*', DONUT_STEPS, count(anchoredKey(c))], total]]] : '0',
  ]);
  return ['concat', 'donut:', kind, ['to-string', ['round', radiusExpression(countExpression(shown))]], ...parts];
}
