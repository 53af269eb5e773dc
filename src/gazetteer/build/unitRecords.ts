/** Turns raw division rows into units with paths and written forms; points are placed later. */
import type { PathStep } from '../../contract/index.ts';
import { makeForms, shortNameOf } from './forms.ts';
import type { RawUnit } from '../readDivision.ts';
import type { Unit } from '../types.ts';

export type UnplacedUnit = Omit<Unit, 'lon' | 'lat' | 'precision' | 'source'>;

export function unitRecords(raw: RawUnit[], aliases: Map<string, string[]>): UnplacedUnit[] {
  const shared = aliasesOfSeveralUnits(aliases);
  const byCode = new Map(raw.map((r) => [r.code, r]));
  const pathOf = (r: RawUnit): PathStep[] => {
    const steps: PathStep[] = [];
    for (let cur: RawUnit | undefined = r; cur; cur = cur.parentCode ? byCode.get(cur.parentCode) : undefined) {
      steps.unshift({ code: cur.code, name: cur.name, level: cur.level });
    }
    return steps;
  };
  return raw.map((r) => {
    const forms = makeForms(r.name, r.level, aliases.get(r.code) ?? [], shared);
    return {
      code: r.code,
      name: r.name,
      shortName: shortNameOf(r.name, r.level, forms),
      level: r.level,
      parentCode: r.parentCode,
      path: pathOf(r),
      forms,
    };
  });
}

/** Aliases listed under more than one code (kind `shared`). */
function aliasesOfSeveralUnits(aliases: Map<string, string[]>): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const list of aliases.values()) for (const a of list) (seen.has(a) ? shared : seen).add(a);
  return shared;
}

/** Aliases whose code is not a unit: a typo in data/aliases.csv must not pass silently. */
export function unknownAliasCodes(raw: RawUnit[], aliases: Map<string, string[]>): string[] {
  const codes = new Set(raw.map((r) => r.code));
  return [...aliases.keys()].filter((c) => !codes.has(c));
}
