/**
 * Place names in the UI language. The English names (table and pinyin dictionary) are large, so they load on demand:
 * call `loadPlaceNames()` before switching to English; until it resolves English falls back to the Chinese name.
 */
import type { LiteUnit } from '../../contract/index.ts';
import type { Lang } from '../types.ts';

let toEnglish: ((nameOrCode: string, formCode: (form: string) => string | undefined) => string) | null = null;
let loading: Promise<void> | null = null;
/** Written forms (科右前旗, 呼市) of league- and county-level units → their code, so short labels get the English name too. */
const formCodes = new Map<string, string>();

/** Loads the English names once (a separate chunk in the build). */
export function loadPlaceNames(): Promise<void> {
  loading ??= import('./pinyinName.ts').then((m) => {
    toEnglish = m.englishNameWithForms;
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

/** 科尔沁右翼前旗 (or 科右前旗) in Chinese; “Horqin Right Front Banner” in English once loaded. */
export function placeName(name: string, lang: Lang): string {
  return lang === 'en' && toEnglish ? toEnglish(name, (form) => formCodes.get(form)) : name;
}
