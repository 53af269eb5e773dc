/**
 * Transliteration equivalences of Mongolian names (宝力格/宝拉格, 巴音/巴彦/白音): a name maps to a key
 * in which every variant spelling is replaced by its class's first member, so variants compare equal.
 */
import { existsSync } from 'node:fs';
import { readCsvRows } from './readDivision.ts';

/** Equivalence classes, each a list of spellings; the first is the canonical one. */
export type VariantClasses = string[][];

/** data/variants.csv has columns `class,spellings,note`; spellings are separated by `|`. */
export function readVariants(file: string): VariantClasses {
  if (!existsSync(file)) return [];
  return readCsvRows(file)
    .map((row) => (row.spellings ?? '').split('|').map((s) => s.trim()).filter(Boolean))
    .filter((spellings) => spellings.length > 1);
}

export type VariantKeyFn = (name: string) => string;

/** Builds variantKey: scans left to right and replaces the longest variant at each position. */
export function makeVariantKey(classes: VariantClasses): VariantKeyFn {
  const canon = new Map<string, string>();
  for (const cls of classes) for (const s of cls) if (!canon.has(s)) canon.set(s, cls[0]);
  const lengths = [...new Set([...canon.keys()].map((s) => s.length))].sort((a, b) => b - a);
  return (name: string): string => {
    let out = '';
    let i = 0;
    while (i < name.length) {
      let hit = '';
      for (const len of lengths) {
        const piece = name.slice(i, i + len);
        if (piece.length === len && canon.has(piece)) { hit = piece; break; }
      }
      if (hit) { out += canon.get(hit); i += hit.length; } else { out += name[i]; i += 1; }
    }
    return out;
  };
}
