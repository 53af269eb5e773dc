/** Precision arithmetic: a point borrowed from a parent is never more precise than the parent's own. */
import { PRECISIONS, type Precision } from '../contract.ts';
import type { UnitLevel } from './types.ts';

/** The coarser of two precisions (PRECISIONS runs from finest to coarsest). */
export function coarser(a: Precision, b: Precision): Precision {
  return PRECISIONS.indexOf(a) >= PRECISIONS.indexOf(b) ? a : b;
}

/** Precision of a point that stands at a parent of `parentLevel` whose own precision is `parentPrecision`. */
export function inherited(parentLevel: UnitLevel, parentPrecision: Precision): Precision {
  const asPrecision: Precision = parentLevel === 'village' ? 'township' : parentLevel;
  return coarser(asPrecision, parentPrecision);
}
