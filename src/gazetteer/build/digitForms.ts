/** A numbered village or community written with Arabic digits, as news writes numbers before 号 (少先31号街坊社区). */
import { readChinese } from '../../pipeline/initiatives/parseNumber.ts';

/** A name, then a Chinese numeral right before 号; a name is required so a bare 十一号村 never becomes 11号村. */
const NUMBERED = /^(.*[^零〇一二三四五六七八九十百两])([零〇一二三四五六七八九十百两]+)(号.*)$/;

/** The digit-written form of each numbered form, or none. */
export function digitForms(forms: readonly string[]): string[] {
  const out: string[] = [];
  for (const form of forms) {
    const m = NUMBERED.exec(form);
    if (!m) continue;
    const n = readChinese(m[2], 0);
    if (n.bad || n.high !== undefined || n.end !== m[2].length || !(n.value > 0)) continue;
    out.push(`${m[1]}${n.value}${m[3]}`);
  }
  return out;
}
