/**
 * Which lines traditional → simplified conversion can change. opencc-js t→cn (normalisation by CJK_Compatibility_
 * Ideographs, then TSPhrases and TSCharacters, greedy longest match) rewrites only where a table key differs from its
 * value, and no key holds a line break, so a line with none of the characters those keys change converts to itself.
 * Asking first skips the converter for the lines (most, in simplified news) where it would do nothing.
 */
import CJK_COMPATIBILITY from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import TS_PHRASES from 'opencc-js/dict/TSPhrases';

let marked: Uint8Array | undefined;

/**
 * One flag per UTF-16 code unit: a character a key changes (a key's character where its value differs, or every
 * character of a key whose value has another length). A character beyond the BMP flags its high surrogate, which
 * can only make a line be converted when it need not be.
 */
function changedUnits(): Uint8Array {
  const m = new Uint8Array(0x10000);
  for (const table of [CJK_COMPATIBILITY, TS_PHRASES, TS_CHARACTERS]) {
    for (const entry of table.split('|')) {
      const [key, value = ''] = entry.split(' ');
      if (!key || key === value) continue;
      const k = [...key];
      const v = [...value];
      k.forEach((ch, i) => { if (k.length !== v.length || ch !== v[i]) m[ch.charCodeAt(0)] = 1; });
    }
  }
  return m;
}

/** True when some character of `text` from `start` to `end` may be changed by t→cn conversion. */
export function mayConvert(text: string, start = 0, end = text.length): boolean {
  marked ??= changedUnits();
  for (let i = start; i < end; i++) if (marked[text.charCodeAt(i)]) return true;
  return false;
}
