/** Edit-distance helpers for fuzzy resolution; the one-edit test itself is the gazetteer's, shared, not rewritten. */
import { withinOneEdit } from '../../gazetteer/editDistance.ts';

export { withinOneEdit };

/** True when `short` is `long` with exactly one character dropped. */
export function oneCharDropped(short: string, long: string): boolean {
  return long.length === short.length + 1 && withinOneEdit(short, long);
}
