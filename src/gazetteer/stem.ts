/** The core of a name with its administrative suffix removed; used for liberal lookup, never as a written form. */

/** Administrative suffixes, longest first so that 嘎查村民委员会 wins over 村民委员会. */
export const ADMIN_SUFFIXES: readonly string[] = [
  '社区居民委员会', '嘎查村民委员会', '管理区管委会', '社区居委会', '社区委员会', '嘎查村委员会',
  '嘎查委员会', '居民委员会', '村民委员会', '管理委员会', '街道办事处', '有限责任公司', '有限公司',
  '嘎查村', '居委会', '村委会', '街道办', '办事处', '管委会', '管理区', '自治旗', '村委', '街办', '街道',
  '嘎查', '社区', '苏木', '矿区', '镇', '乡', '村', '旗', '县', '市', '区', '盟',
].slice().sort((a, b) => b.length - a.length);

/** Strips one administrative suffix; a name that would become empty is returned whole. */
export function stemOf(name: string): string {
  for (const suffix of ADMIN_SUFFIXES) {
    if (name.endsWith(suffix) && name.length > suffix.length) return name.slice(0, -suffix.length);
  }
  return name;
}

/** The suffix stemOf removes, or '' when none. */
export function suffixOf(name: string): string {
  const stem = stemOf(name);
  return name.slice(stem.length);
}
