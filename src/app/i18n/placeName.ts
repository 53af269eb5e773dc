/**
 * Place names in the UI language. The English names (table and pinyin dictionary) are large, so they load on demand:
 * call `loadPlaceNames()` before switching to English; until it resolves English falls back to the Chinese name.
 */
import type { Lang, LiteUnit } from '../types.ts';
import { splitSuffix } from './nameParts.ts';

let toEnglish: ((nameOrCode: string) => string) | null = null;
let loading: Promise<void> | null = null;
/** Written forms (科右前旗, 呼市) of league- and county-level units → their code, so short labels get the English name too. */
const formCodes = new Map<string, string>();

/** Loads the English names once (a separate chunk in the build). */
export function loadPlaceNames(): Promise<void> {
  loading ??= import('./pinyinName.ts').then((m) => {
    toEnglish = m.englishPlaceName;
  });
  return loading;
}

/** True once English place names are available. */
export function placeNamesReady(): boolean {
  return toEnglish !== null;
}

/** Registers the short and written forms of leagues and banners; a form that is also a township's name is left out. */
export function registerUnitForms(units: readonly LiteUnit[]): void {
  const townships = new Set(units.filter((u) => u.level === 'township').map((u) => u.name));
  for (const u of units) {
    if (u.level === 'township') continue;
    for (const f of [u.name, u.shortName, ...u.forms]) if (f && !townships.has(f) && !formCodes.has(f)) formCodes.set(f, u.code);
  }
}

/** Region names that open zone names without being units of the gazetteer. */
const ZONE_PREFIXES: readonly [string, string][] = [['内蒙古', 'Inner Mongolia']];
const UNIT_WORD = / (League|Banner|County|District|City)$/;

/**
 * The English core of a zone's name made of unit names (锡林郭勒多伦 → Xilingol Duolun), or undefined when it does not
 * start with one; a core that is exactly one unit keeps its unit word (科右前旗 → Horqin Right Front Banner).
 */
function zoneCore(core: string, english: (nameOrCode: string) => string): string | undefined {
  const words: string[] = [];
  let rest = core;
  for (let found = true; found && rest; ) {
    found = false;
    const fixed = ZONE_PREFIXES.find(([zh]) => rest.startsWith(zh));
    if (fixed) { words.push(fixed[1]); rest = rest.slice(fixed[0].length); found = true; continue; }
    for (let len = rest.length; len >= 2 && !found; len--) {
      const code = formCodes.get(rest.slice(0, len));
      if (code) { words.push(english(code)); rest = rest.slice(len); found = true; }
    }
  }
  if (words.length === 0) return undefined;
  if (words.length === 1 && !rest) return words[0];
  return [...words.map((w) => w.replace(UNIT_WORD, '')), ...(rest ? [english(rest)] : [])].join(' ');
}

/** 科尔沁右翼前旗 (or 科右前旗) in Chinese; “Horqin Right Front Banner” in English once loaded. */
export function placeName(name: string, lang: Lang): string {
  if (lang !== 'en' || !toEnglish) return name;
  const code = formCodes.get(name);
  if (code) return toEnglish(code);
  // A zone named after its units keeps their English names: 科右前旗工业园区 → Horqin Right Front Banner Industrial Park.
  const { core, suffix, admin } = splitSuffix(name);
  const zone = !admin && suffix ? zoneCore(core, toEnglish) : undefined;
  return zone ? `${zone} ${suffix}` : toEnglish(name);
}
