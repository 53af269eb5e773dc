/** Stage 2, items: the cleaned page split into articles and briefs, each with its title, byline and body. */
export { splitItems, itemIndexAt } from './splitItems.ts';
