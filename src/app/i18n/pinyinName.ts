/**
 * English form of a Chinese place name: the established name of a league or banner from the reviewed table, otherwise
 * toneless pinyin in capitalised groups plus a translated unit word, e.g. 宝力根苏木 → “Baoligen Sumu”.
 * Heavy (pinyin dictionary): load it lazily via placeName.ts.
 */
import { pinyin } from 'pinyin-pro';
import { englishName } from './englishNames.ts';
import { nameGroups, splitSuffix } from './nameParts.ts';

/** Joins syllables into one word, with an apostrophe before a vowel-initial syllable (Xing'an). */
function word(syllables: string[]): string {
  const joined = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

const cache = new Map<string, string>();

export function pinyinName(name: string): string {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const { core, suffix } = splitSuffix(name.trim());
  // Pinyin of the whole core at once so that polyphonic characters get their context.
  const syllables = pinyin(core, { toneType: 'none', type: 'array', v: false }) as string[];
  const chars = Array.from(core);
  const words: string[] = [];
  let at = 0;
  for (const group of nameGroups(core)) {
    const n = Array.from(group).length;
    words.push(syllables.length === chars.length ? word(syllables.slice(at, at + n)) : group);
    at += n;
  }
  const out = [...words, suffix].filter(Boolean).join(' ');
  cache.set(name, out);
  return out;
}

/** The English name of a unit given by 12-digit code or Chinese name: the table's established name, else pinyin by rule. */
export function englishPlaceName(nameOrCode: string): string {
  return englishName(nameOrCode) ?? (/^\d{12}$/.test(nameOrCode) ? nameOrCode : pinyinName(nameOrCode));
}
