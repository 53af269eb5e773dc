/** Public API of the offline gazetteer. */
export { gazetteerFromText, loadGazetteer } from './load.ts';
export { outsideNames, type OutsideName } from './outside.ts';
export { GAZETTEER_DEFAULTS, repoPath } from './config.ts';
export { stemOf } from './stem.ts';
export type { Candidate, Form, FormKind, FormRef, Gazetteer, LookupOptions, Unit, UnitLevel } from './types.ts';
