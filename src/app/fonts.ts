/**
 * Fonts for map labels. MapLibre rasterizes labels with a page font (the style has no glyphs URL), so a label's
 * characters must be available before its layer shows: from the reader's own CJK font when there is one, otherwise
 * from the shipped Noto Sans SC (split by @fontsource into unicode-range slices, each fetched when first needed).
 */
import '@fontsource/noto-sans-sc/400.css';
import { LABEL_FONT, LOCAL_LABEL_FONT } from './map/style.ts';

/** Full and PostScript names of the common system CJK sans fonts (macOS/iOS, Windows, Linux/Android). */
const LOCAL_SOURCES = ['PingFang SC Regular', 'PingFangSC-Regular', 'Microsoft YaHei', 'MicrosoftYaHei', 'Noto Sans CJK SC',
  'Noto Sans CJK SC Regular', 'NotoSansCJKsc-Regular', 'Source Han Sans SC Regular', 'SourceHanSansSC-Regular', 'Hiragino Sans GB W3', 'HiraginoSansGB-W3'];

/** Characters always needed: digits for cluster counts, Latin for English labels. */
const ALWAYS = '0123456789 ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz·';

let local: Promise<boolean> | undefined;
/**
 * True once the reader's own CJK font is registered as LOCAL_LABEL_FONT (no local() source matches on a machine without
 * one, so the face fails; nothing is downloaded); asked once per page.
 */
export function localLabelFont(): Promise<boolean> {
  local ??= (async () => {
    if (typeof FontFace === 'undefined') return false;
    const face = new FontFace(LOCAL_LABEL_FONT, LOCAL_SOURCES.map((n) => `local("${n}")`).join(', '));
    try {
      document.fonts.add(await face.load());
      return true;
    } catch {
      return false;
    }
  })();
  return local;
}

/** The shipped font at any size: what FontFaceSet.load and .check ask about. */
const SHIPPED = `16px "${LABEL_FONT}"`;

/** Loads the shipped font's slices for `chars`, unless the reader's own CJK font serves. */
async function loadShipped(chars: string): Promise<void> {
  if (await localLabelFont()) return;
  try {
    await document.fonts.load(SHIPPED, chars);
  } catch (e) {
    console.error('label font could not be loaded', e);
  }
}

export async function loadLabelFont(texts: Iterable<string>): Promise<void> {
  const chars = new Set(ALWAYS);
  for (const s of texts) for (const ch of s) chars.add(ch);
  await loadShipped([...chars].join(''));
}

/**
 * Null when laying `text` out needs no download (the reader's own CJK font serves, or every slice it needs is in);
 * else the load of the shipped font's slices it needs, so that a caller can put the text in the page once, after them,
 * instead of having it laid out again as each slice arrives.
 */
export function pageFontFor(text: string): Promise<void> | null {
  if (typeof FontFace === 'undefined' || !document.fonts || document.fonts.check(SHIPPED, text)) return null;
  return loadShipped(text);
}

// Asked as soon as the app's code runs, so the answer is in (it needs no download) by the time the map's style is built.
void localLabelFont();
