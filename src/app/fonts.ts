/**
 * Makes sure the shipped CJK font (Noto Sans SC, split by @fontsource into unicode-range slices) has the
 * slices for the given text loaded, because MapLibre rasterizes labels with the page font and a slice that is
 * not yet loaded would be drawn with a fallback or as boxes.
 */
import '@fontsource/noto-sans-sc/400.css';
import { LABEL_FONT } from './map/style.ts';

/** Characters always needed: digits for cluster counts, Latin for English labels. */
const ALWAYS = '0123456789 ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz·';

export async function loadLabelFont(texts: Iterable<string>): Promise<void> {
  const chars = new Set(ALWAYS);
  for (const s of texts) for (const ch of s) chars.add(ch);
  try {
    await document.fonts.load(`16px "${LABEL_FONT}"`, [...chars].join(''));
  } catch (e) {
    console.error('label font could not be loaded', e);
  }
}
