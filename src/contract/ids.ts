/** Stable ids of places and initiatives, as places.geojson and initiatives.json write them and the app links them. */

import { codeDepth, isCode } from './code.ts';

/** A gazetteer unit's place id. */
export const placeId = (code: string): string => `c${code}`;

/** True for the id of a league or banner, which a figure may name though no map point stands for it (全盟). */
export const isRegionId = (id: string): boolean => id[0] === 'c' && isCode(id.slice(1)) && [1, 2].includes(codeDepth(id.slice(1)));

/** The place id of a unit the gazetteer lacks, named as written under its resolved parent. */
export const unlistedPlaceId = (parentCode: string, name: string): string => `x${parentCode}-${name}`;

/** How deep a place id lies: its code's depth, or one below its parent's for a unit the gazetteer lacks. */
export function placeIdDepth(id: string): number {
  return id[0] === 'x' ? codeDepth(id.slice(1, id.indexOf('-'))) + 1 : codeDepth(id.slice(1));
}

/** An initiative id: the source file's name without its extension, then the item's start offset. */
export const initiativeId = (file: string, start: number): string => `${file.replace(/\.[^.]*$/, '')}#${start}`;
