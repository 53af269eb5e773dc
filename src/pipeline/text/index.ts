/** Stage 1, text: bytes → decoded text → cleaned text, with a map from every clean offset back to the original. */
export { prepareDoc } from './prepareDoc.ts';
export { decodeBytes } from './decodeBytes.ts';
export { normaliseText } from './normaliseText.ts';
export { repairLayout } from './repairLayout.ts';
