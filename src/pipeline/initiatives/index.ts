/** Stage 5, initiatives: items classified by category, with their figures, people and places. */
export { buildInitiatives } from './buildInitiatives.ts';
