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

/** Region names that open zone names without being units of the gazetteer. */
const ZONE_PREFIXES: readonly [string, string][] = [['内蒙古', 'Inner Mongolia']];
const UNIT_WORD = / (League|Banner|County|District|City)$/;

/**
 * The English core of a zone's name made of unit names (锡林郭勒多伦 → Xilingol Duolun), or undefined when it does not
 * start with one; a core that is exactly one unit keeps its unit word (科右前旗 → Horqin Right Front Banner).
 */
function zoneCore(core: string, english: (nameOrCode: string) => string, formCode: (form: string) => string | undefined): string | undefined {
  const words: string[] = [];
  let rest = core;
  for (let found = true; found && rest; ) {
    found = false;
    const fixed = ZONE_PREFIXES.find(([zh]) => rest.startsWith(zh));
    if (fixed) { words.push(fixed[1]); rest = rest.slice(fixed[0].length); found = true; continue; }
    for (let len = rest.length; len >= 2 && !found; len--) {
      const code = formCode(rest.slice(0, len));
      if (code) { words.push(english(code)); rest = rest.slice(len); found = true; }
    }
  }
  if (words.length === 0) return undefined;
  if (words.length === 1 && !rest) return words[0];
  return [...words.map((w) => w.replace(UNIT_WORD, '')), ...(rest ? [english(rest)] : [])].join(' ');
}

/**
 * The English name of any place, given its Chinese name (or a unit's code); `formCode` maps the written forms of
 * leagues and banners (科右前旗, 呼市) to their codes. A zone named after units keeps their English names:
 * 科右前旗工业园区 → Horqin Right Front Banner Industrial Park.
 */
export function englishNameWithForms(name: string, formCode: (form: string) => string | undefined = () => undefined): string {
  const code = formCode(name);
  if (code) return englishPlaceName(code);
  const { core, suffix, admin } = splitSuffix(name);
  const zone = !admin && suffix ? zoneCore(core, englishPlaceName, formCode) : undefined;
  return zone ? `${zone} ${suffix}` : englishPlaceName(name);
}
