/** The app-facing files: boundary FeatureCollections with unit properties, and the small search list. */
import type { Shapes } from './simplifyShapes.ts';
import type { Unit } from './types.ts';

export interface BoundaryProperties {
  code: string;
  name: string;
  shortName: string;
  level: Unit['level'];
  parentCode: string | null;
}

/** Boundary features with the unit's names attached, in code order; shapes without a unit are dropped. */
export function decorateShapes(shapes: Shapes, units: Map<string, Unit>) {
  const features = shapes.features
    .filter((f) => units.has(f.properties.code))
    .sort((a, b) => a.properties.code.localeCompare(b.properties.code))
    .map((f) => {
      const u = units.get(f.properties.code)!;
      const properties: BoundaryProperties = { code: u.code, name: u.name, shortName: u.shortName, level: u.level, parentCode: u.parentCode };
      return { type: 'Feature' as const, properties, geometry: f.geometry };
    });
  return { type: 'FeatureCollection' as const, features };
}

export interface LiteUnit {
  code: string;
  name: string;
  shortName: string;
  level: Unit['level'];
  parentCode: string | null;
  /** Written forms other than the official name. */
  forms: string[];
}

/** Leagues, counties and townships only, so the app's search file stays small. */
export function liteUnits(units: Unit[]): LiteUnit[] {
  return units
    .filter((u) => u.level !== 'village')
    .map((u) => ({
      code: u.code,
      name: u.name,
      shortName: u.shortName,
      level: u.level,
      parentCode: u.parentCode,
      forms: u.forms.filter((f) => f.kind !== 'official').map((f) => f.form),
    }));
}
