/** Indexes of the loaded units: written forms (generic names left out), stems, variant keys of stems, and children. */
import { GAZETTEER_DEFAULTS } from './config.ts';
import { KIND_ORDER } from './kindRank.ts';
import { stemOf } from './stem.ts';
import type { FormRef, Unit } from './types.ts';
import type { VariantKeyFn } from './variants.ts';

export interface GazetteerIndex {
  forms: Map<string, FormRef[]>;
  /** Stem of any written form → codes. */
  stems: Map<string, string[]>;
  /** Variant key of a stem → codes. */
  variantStems: Map<string, string[]>;
  /** [variant key of stem, code] for the one-edit fallback. */
  fuzzy: [string, string][];
  children: Map<string, Unit[]>;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** True for names that say nothing on their own (see GAZETTEER_DEFAULTS.genericNames). */
export function isGenericName(name: string): boolean {
  return GAZETTEER_DEFAULTS.genericNames.some((re) => re.test(name));
}

export function buildIndex(units: Unit[], variantKey: VariantKeyFn): GazetteerIndex {
  const idx: GazetteerIndex = { forms: new Map(), stems: new Map(), variantStems: new Map(), fuzzy: [], children: new Map() };
  for (const u of units) {
    if (u.parentCode) push(idx.children, u.parentCode, u);
    const stems = new Set<string>();
    const generic = isGenericName(u.name);
    for (const f of u.forms) {
      if (!generic) push(idx.forms, f.form, { code: u.code, kind: f.kind });
      stems.add(stemOf(f.form));
    }
    const keys = new Set<string>();
    for (const s of stems) {
      push(idx.stems, s, u.code);
      keys.add(variantKey(s));
    }
    for (const k of keys) {
      push(idx.variantStems, k, u.code);
      idx.fuzzy.push([k, u.code]);
    }
  }
  for (const refs of idx.forms.values()) {
    refs.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.code.localeCompare(b.code));
  }
  return idx;
}
