/** The app-facing files: boundary FeatureCollections with unit properties, and the small search list. */
import type { Shapes } from './simplifyShapes.ts';
import type { LiteUnit, RegionProperties } from '../../contract/index.ts';
import type { Unit } from '../types.ts';

/** Boundary features with the unit's names attached, in code order; shapes without a unit are dropped. */
export function decorateShapes(shapes: Shapes, units: Map<string, Unit>) {
  const features = shapes.features
    .filter((f) => units.has(f.properties.code))
    .sort((a, b) => a.properties.code.localeCompare(b.properties.code))
    .map((f) => {
      const u = units.get(f.properties.code)!;
      // Only league and banner shapes are decorated, so the level is one of the two a region can have.
      const properties: RegionProperties = { code: u.code, name: u.name, shortName: u.shortName, level: u.level as RegionProperties['level'], parentCode: u.parentCode };
      return { type: 'Feature' as const, properties, geometry: f.geometry };
    });
  return { type: 'FeatureCollection' as const, features };
}

/** Leagues, counties and townships only (villages filtered out), so the app's search file stays small. */
export function liteUnits(units: Unit[]): LiteUnit[] {
  return units
    .filter((u) => u.level !== 'village')
    .map((u) => ({
      code: u.code,
      name: u.name,
      shortName: u.shortName,
      level: u.level as LiteUnit['level'],
      parentCode: u.parentCode,
      forms: u.forms.filter((f) => f.kind !== 'official').map((f) => f.form),
    }));
}
