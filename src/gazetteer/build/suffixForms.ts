/** Written forms that differ from the official name only in the administrative suffix (kind `suffix`). */
import type { UnitLevel } from '../types.ts';

type Rule = [RegExp, (core: string) => string[]];

/** Villages and communities: the 委员会 the statistics carry (in any of its clipped spellings: 委会, 村民委会) is dropped in articles. */
const VILLAGE_RULES: Rule[] = [
  [/^(.+?)社区(居民委员会|居民委会|居委会|委员会)$/, (x) => [`${x}社区`, `${x}社区居委会`]],
  [/^(.+?)嘎查(村民委员会|村委员会|人民委员会|委员会|村委会|委会|村)$/, (x) => [`${x}嘎查`, `${x}嘎查委员会`]],
  // A village named …村 (大西沟村村民委员会) has its committee written as …村委会 as often as …村村委会; not a one-character
  // name (新村委会 is "the new village committee").
  [/^(.+?)(村民委员会|村民委会|村委会|村委)$/, (x) => (x.endsWith('村') ? [x, `${x}村委会`, ...(x.length > 2 ? [`${x}委会`] : [])] : [`${x}村`, `${x}村委会`])],
  [/^(.+?)(居民委员会|居民委会|居委会)$/, (x) => [`${x}社区`, `${x}居委会`]],
];

/** Townships: sub-district offices and company-style farm names. */
const TOWNSHIP_RULES: Rule[] = [
  [/^(.+?)街道办事处$/, (x) => [`${x}街道`, `${x}街道办`, `${x}街办`]],
  [/^(.+?)街道$/, (x) => [`${x}街道办事处`, `${x}街道办`, `${x}街办`, `${x}街办事处`]],
  // 巴彦淖尔市狼山农场农牧业发展有限公司 → 巴彦淖尔市狼山农场 → 狼山农场; 呼伦贝尔农垦三河农牧场 → 三河农牧场
  [/^(.+?)(农牧业发展)?(有限责任公司|有限公司)$/, (x) => [x, x.replace(/^.{2,5}?农垦/, '').replace(/^.{2,5}?市(?=.{3,})/, '')]],
  [/^(.+?)(管理委员会|管委会)$/, (x) => [x]],
];

const COUNTY_RULES: Rule[] = [[/^(.+?)管委会$/, (x) => [x]]];

const RULES: Record<UnitLevel, Rule[]> = {
  prefecture: [],
  county: COUNTY_RULES,
  township: TOWNSHIP_RULES,
  village: VILLAGE_RULES,
};

/** Suffix forms of an official name (the first rule that matches applies). */
export function suffixForms(name: string, level: UnitLevel): string[] {
  for (const [re, make] of RULES[level]) {
    const m = re.exec(name);
    if (m) return [...new Set(make(m[1]))].filter((f) => f !== name && f.length >= 3);
  }
  return [];
}
