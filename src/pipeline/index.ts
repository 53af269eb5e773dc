/** The geoparser pipeline; its stages, in data-flow order, are the folders listed in README.md here. */
export * from './run/index.ts';
export { buildGeoparser, defaultGeoparser, type Geoparser } from './geoparser.ts';
