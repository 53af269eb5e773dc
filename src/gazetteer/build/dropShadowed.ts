/**
 * Drops a township's bare form when it is also a written form of a league or county
 * (巴彦淖尔苏木's 巴彦淖尔 is 巴彦淖尔市 to every reader; 元宝山镇's 元宝山 is 元宝山区).
 */
import type { UnplacedUnit } from './unitRecords.ts';

export function dropShadowedBare(units: UnplacedUnit[]): UnplacedUnit[] {
  const upper = new Set(units.filter((u) => u.level === 'prefecture' || u.level === 'county').flatMap((u) => u.forms.map((f) => f.form)));
  return units.map((u) =>
    u.level === 'township' && u.forms.some((f) => f.kind === 'bare' && upper.has(f.form))
      ? { ...u, forms: u.forms.filter((f) => !(f.kind === 'bare' && upper.has(f.form))) }
      : u,
  );
}
