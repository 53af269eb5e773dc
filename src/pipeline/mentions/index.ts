/** Stage 3, mentions: every written form of a place (gazetteer forms, unit patterns, generic terms) found in the text. */
export { findMentions } from './findMentions.ts';
export { buildMatcher } from './buildMatcher.ts';
export { parseNotPlaces } from './loadNotPlaces.ts';
