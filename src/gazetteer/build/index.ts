/** Building the gazetteer and the app's boundary and search files; only `npm run data` and tests need this. */
export { buildGazetteer, type BuildOptions, type BuildSummary } from './buildGazetteer.ts';
