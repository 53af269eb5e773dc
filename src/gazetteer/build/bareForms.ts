/** Bare forms (kind `bare`): 盟/市/县/区 dropped where the remaining name is distinctive enough. */
import { GAZETTEER_DEFAULTS } from '../config.ts';
import type { UnitLevel } from '../types.ts';

/** Minimum length of what remains, per dropped suffix; 旗 is never dropped (鄂托克 is inside 鄂托克前旗). */
const MIN_STEM: Record<UnitLevel, Record<string, number>> = {
  prefecture: { 盟: 2, 市: 2 },
  county: { 市: 2, 县: 2, 矿区: 3, 区: 3, 管理区: 2 },
  township: { 苏木: 3, 镇: 3, 乡: 3 },
  village: {},
};

export function bareForms(name: string, level: UnitLevel, blocklist: readonly string[] = GAZETTEER_DEFAULTS.bareBlocklist): string[] {
  const rules = Object.entries(MIN_STEM[level]).sort((a, b) => b[0].length - a[0].length);
  const out: string[] = [];
  // A 管委会 county is first reduced to its 管理区 name, then bared.
  const base = name.replace(/管委会$/, '');
  // Zones and parks are not 区 districts: 经济技术开发 is not a name.
  if (/(开发区|园区|新区|实验区|示范区|合作区|保税区)$/.test(base)) return [];
  for (const [suffix, min] of rules) {
    if (!base.endsWith(suffix)) continue;
    const stem = base.slice(0, -suffix.length);
    if (stem.length >= min && !blocklist.includes(stem) && !/[区县旗市]$/.test(stem)) out.push(stem);
    break;
  }
  return out;
}
