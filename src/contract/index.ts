/**
 * The nmg-atlas data contract: what the pipeline writes and the app reads, one file per data file with its types
 * and validator, plus the ids, code arithmetic and level orders everyone shares. Validators return every problem.
 */
export * from './check.ts';
export * from './code.ts';
export * from './ids.ts';
export * from './levels.ts';
export * from './places.ts';
export * from './placeInitiatives.ts';
export * from './placeIndex.ts';
export * from './placeMentions.ts';
export * from './initiatives.ts';
export * from './source.ts';
export * from './rollups.ts';
export * from './boundaries.ts';
export * from './gazetteerLite.ts';
export * from './basemap.ts';
export * from './report.ts';
export * from './initiativeIndex.ts';
export * from './firstMarkers.ts';
export * from './firstView.ts';
