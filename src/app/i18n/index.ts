/** The UI's language layer: strings, enumeration labels, place names and numbers. */
export { t, type StringKey } from './t.ts';
export { categoryLabel, kindLabel, levelLabel, precisionReason } from './labels.ts';
export { formatNumber, formatFigure, unitLabel } from './numbers.ts';
export { placeName, loadPlaceNames, placeNamesReady, registerUnitForms } from './placeName.ts';
export { maplibreLocale } from './maplibreLocale.ts';
