/**
 * Place names in the UI language. The pinyin dictionary is large, so it is loaded on demand:
 * call `loadPlaceNames()` before switching to English; until it resolves English falls back to the Chinese name.
 */
import type { Lang } from '../types.ts';

let toPinyin: ((name: string) => string) | null = null;
let loading: Promise<void> | null = null;

/** Loads the pinyin transliterator once (a separate chunk in the build). */
export function loadPlaceNames(): Promise<void> {
  loading ??= import('./pinyinName.ts').then((m) => {
    toPinyin = m.pinyinName;
  });
  return loading;
}

/** True once English place names are available. */
export function placeNamesReady(): boolean {
  return toPinyin !== null;
}

/** 科尔沁右翼前旗 in Chinese; “Keerqin Youyi Qian Banner” in English once loaded. */
export function placeName(name: string, lang: Lang): string {
  return lang === 'en' && toPinyin ? toPinyin(name) : name;
}
