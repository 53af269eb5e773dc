/** Rule-made abbreviations (kind `abbrev`): banners by their first character, ethnic townships by their place name, zones by their usual short suffix. */
import type { UnitLevel } from '../types.ts';

/** Banner rules; only the first matching rule applies so 科尔沁左翼中旗 never becomes 科中旗. */
const BANNER_RULES: [RegExp, (m: RegExpExecArray) => string][] = [
  // 科尔沁右翼前旗 → 科右前旗, 察哈尔右翼中旗 → 察右中旗
  [/^(.{2,})(左|右)翼(前|中|后)旗$/, (m) => `${m[1][0]}${m[2]}${m[3]}旗`],
  // 土默特右旗 → 土右旗, 鄂托克前旗 → 鄂前旗, 阿拉善左旗 → 阿左旗
  [/^(.{2,})(左|右|前|中|后)旗$/, (m) => `${m[1][0]}${m[2]}旗`],
  // 鄂温克族自治旗 → 鄂温克旗
  [/^(.{2,}?)族?自治旗$/, (m) => `${m[1]}旗`],
];

/**
 * Ethnic townships go by their place name and suffix (敖鲁古雅鄂温克民族乡 → 敖鲁古雅乡, 三河回族乡 → 三河乡, 音河达斡尔鄂温克
 * 民族乡 → 音河乡); one named only by its people (鄂伦春民族乡) keeps its full name.
 */
const ETHNIC_TOWNSHIP = /^(.{2,}?)(?:(?:鄂温克|达斡尔|鄂伦春|俄罗斯|朝鲜|蒙古|锡伯|满|回)族?)+(?:民族)?(乡|镇|苏木)$/;

/** Development-zone names: 高新技术产业开发区 → 高新区, 经济技术开发区 → 经开区, 内蒙古 dropped. */
const ZONE_RULES: [RegExp, string][] = [
  [/高新技术产业开发区$/, '高新区'],
  [/经济技术开发区$/, '经开区'],
];

export function abbrevForms(name: string, level: UnitLevel): string[] {
  const out: string[] = [];
  if (level === 'county') {
    for (const [re, make] of BANNER_RULES) {
      const m = re.exec(name);
      if (m) { out.push(make(m)); break; }
    }
  }
  if (level === 'township') {
    const m = ETHNIC_TOWNSHIP.exec(name);
    if (m) out.push(m[1] + m[2]);
  }
  if (level === 'county' || level === 'township') {
    const bare = name.replace(/^内蒙古(自治区)?/, '');
    for (const [re, short] of ZONE_RULES) {
      if (re.test(bare)) out.push(bare.replace(re, short));
    }
    if (bare !== name && bare.length >= 4) out.push(bare);
  }
  return out.filter((f) => f !== name);
}
