/** The compact on-disk form of the gazetteer (data/generated/gazetteer.json): one array row per unit. */
import type { Precision } from '../contract/index.ts';
import type { VariantClasses } from './variants.ts';
import type { Form, FormKind, Unit, UnitLevel } from './types.ts';

type Row = [string, string, string, UnitLevel, string | null, number, number, Precision, string, [string, FormKind][]];

export interface GazetteerFile {
  format: 1;
  variants: VariantClasses;
  units: Row[];
}

export function encodeGazetteer(units: Unit[], variants: VariantClasses): GazetteerFile {
  return {
    format: 1,
    variants,
    units: units.map((u) => [u.code, u.name, u.shortName, u.level, u.parentCode, u.lon, u.lat, u.precision, u.source,
      u.forms.map((f): [string, FormKind] => [f.form, f.kind])]),
  };
}

/** Units in file order (leagues first), with paths rebuilt from parent links. */
export function decodeGazetteer(file: GazetteerFile): Unit[] {
  if (file.format !== 1 || !Array.isArray(file.units)) throw new Error('gazetteer file: unknown format');
  const byCode = new Map<string, Unit>();
  for (const [code, name, shortName, level, parentCode, lon, lat, precision, source, forms] of file.units) {
    const parent = parentCode ? byCode.get(parentCode) : undefined;
    const path = [...(parent?.path ?? []), { code, name, level }];
    const unitForms: Form[] = forms.map(([form, kind]) => ({ form, kind }));
    byCode.set(code, { code, name, shortName, level, parentCode, path, lon, lat, precision, source, forms: unitForms });
  }
  return [...byCode.values()];
}
