/** Stage 4, resolve: each mention tied to one gazetteer unit (or marked unlisted, outside or not a place) by its context. */
export { resolveMentions } from './resolveMentions.ts';
export { applyCorrections, correctionsKey } from './applyCorrections.ts';
export { CORRECTIONS_FILE, parseCorrections, type Correction, type CorrectionsRead } from './corrections.ts';
