/**
 * One colour per initiative category: Paul Tol's "muted" set plus three Okabe-Ito colours,
 * chosen so that the twelve stay distinguishable with the common colour-vision deficiencies.
 */
import { CATEGORY_IDS, type CategoryId } from '../contract/index.ts';

const COLOURS = [
  '#CC6677', '#332288', '#DDCC77', '#117733', '#88CCEE', '#882255',
  '#44AA99', '#999933', '#AA4499', '#E69F00', '#0072B2', '#D55E00',
] as const;

/** Category id → hex colour, in the contract's category order. */
export const CATEGORY_COLOURS = Object.fromEntries(
  CATEGORY_IDS.map((id, i) => [id, COLOURS[i % COLOURS.length]]),
) as Record<CategoryId, string>;

export function categoryColour(id: CategoryId): string {
  return CATEGORY_COLOURS[id] ?? '#777777';
}
