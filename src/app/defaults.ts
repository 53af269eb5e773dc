/** The app's defaults in one place: the view a first visit shows, and the UI language. */
import { CATEGORY_IDS } from '../contract/index.ts';
import type { AtlasState, UiPrefs } from './types.ts';

export const DEFAULTS: { state: AtlasState; prefs: UiPrefs } = {
  state: {
    place: null,
    region: null,
    categories: [...CATEGORY_IDS],
    query: '',
    // All of Inner Mongolia (97–126°E, 37–53°N) on a laptop screen, nudged east of the legend.
    view: { center: [110.8, 45.0], zoom: 4.4 },
  },
  prefs: { lang: 'zh' },
};
