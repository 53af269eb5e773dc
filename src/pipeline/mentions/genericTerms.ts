/**
 * Generic references to a unit (全盟, 该旗, 我区, 县里): the unit they denote is found by its suffix;
 * `region` terms denote Inner Mongolia itself.
 */

/** Code of the autonomous region, which the gazetteer does not list as a unit. */
export const REGION_CODE = '150000000000';

/** Written suffix a generic term refers to (盟, 旗, 县, 市, 区, 镇, 乡, 苏木, 嘎查, 村, 社区), or `region`. */
export type GenericTarget = '盟' | '旗' | '县' | '市' | '区' | '镇' | '乡' | '苏木' | '街道' | '嘎查' | '村' | '社区' | 'region';

const UNIT_WORDS: GenericTarget[] = ['盟', '旗', '县', '市', '区', '镇', '乡', '苏木', '街道', '嘎查', '村', '社区'];

function build(): Map<string, GenericTarget> {
  const terms = new Map<string, GenericTarget>();
  for (const w of UNIT_WORDS) {
    // 我们村, 咱们嘎查: how a secretary or a resident quoted in a story names their own unit.
    for (const p of ['全', '该', '本', '我', '我们', '咱们', '咱']) terms.set(p + w, w);
  }
  for (const w of ['盟', '旗', '县', '市', '镇', '乡']) terms.set(w + '里', w as GenericTarget);
  // 自治旗以鄂温克族为主体…: the three ethnic banners' stories name their banner so, as 自治区 names the region.
  terms.set('自治旗', '旗');
  for (const t of ['我区', '全区', '自治区', '全自治区', '内蒙古', '内蒙古自治区', '全内蒙古']) terms.set(t, 'region');
  // 全区 means the region unless a district (…区) is the subject of the item; the resolver decides.
  terms.set('全区', '区');
  return terms;
}

export const GENERIC_TERMS: ReadonlyMap<string, GenericTarget> = build();
