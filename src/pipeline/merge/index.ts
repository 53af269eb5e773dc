/** Stage 6, merge: every file's mentions geocoded and collected into places, rolled up by unit, and reported. */
export { collectPlaces } from './collectPlaces.ts';
export { geocodeMentions, placeIdOf } from './geocodeMentions.ts';
export { rollup } from './rollup.ts';
export { buildReport } from './buildReport.ts';
