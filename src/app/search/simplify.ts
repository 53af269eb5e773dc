/**
 * Traditional → simplified characters for search input (興安盟 → 兴安盟), from OpenCC's character table.
 * Character by character is enough for names; phrase-level conversion is the pipeline's business.
 */
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';

let table: Map<string, string> | null = null;

/** OpenCC's table is `trad simp[ alt…]|…`; the first simplified form is the standard one. */
function load(): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of TS_CHARACTERS.split('|')) {
    const [trad, simp] = pair.split(' ');
    if (trad && simp) map.set(trad, simp);
  }
  return map;
}

export function toSimplified(text: string): string {
  table ??= load();
  let out = '';
  for (const ch of text) out += table.get(ch) ?? ch;
  return out;
}
