/** Looks up a UI string and fills its `{name}` placeholders. */
import type { Lang } from '../types.ts';
import { en } from './strings.en.ts';
import { zh, type StringKey } from './strings.zh.ts';

export type { StringKey };

const TABLES: Record<Lang, Record<StringKey, string>> = { zh, en };

/** The string for `key` in `lang` (Chinese when the language is unknown), placeholders replaced from `params`. */
export function t(key: StringKey, lang: Lang, params?: Record<string, string | number>): string {
  const table = TABLES[lang] ?? TABLES.zh;
  const text = table[key] ?? zh[key] ?? key;
  if (!params) return text;
  // Unknown placeholders stay visible so a missing parameter is noticed rather than hidden.
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
