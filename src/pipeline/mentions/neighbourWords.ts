/**
 * neighbourWords: the words that make a place named in a story a neighbour or a reference point of its topic, not the
 * topic (东与临河区接壤, 南邻二道桥镇, 距二连浩特80公里): read by the figures (which such a place owns none of) and by the
 * generic references (全旗 after 西与达茂旗相连 is still the story's banner).
 */

/**
 * A direction and a word of bordering before a place (东与|临河区接壤, 南邻|二道桥镇, 北靠, 西接, 东至, 东为, 东北部与, 东北角连), or
 * a word of share (占|乌兰察布市总面积的48%).
 */
const BORDERING = '[东南西北]{1,2}(?:[部面侧边角]|方向)?(?:与|邻|靠|接|连|至|临|依|傍|伴|为|毗邻|紧邻)';
export const NEIGHBOUR_BEFORE = new RegExp(`(?:${BORDERING}|占)$`);
/** A direction and a word of bordering opening a run of name characters (北靠|新其日嘎嘎查): no part of the name. */
export const BORDERING_LEAD = new RegExp(`^${BORDERING}`);
/** A word of distance, a few words before the place (距|二连浩特80公里, 距自治区首府|呼和浩特市仅128公里). */
const DISTANCE_BEFORE = /(?:距离?|相距)\p{Script=Han}{0,6}$/u;
/** … or a direction and a distance after it (位于察右中旗科布尔镇|北33公里处, 旗府所在地|东南约20公里). */
const DISTANCE_AFTER = /^(?:以)?[东南西北]{1,2}(?:方向?|侧|面)?(?:约|仅)?(?:[\d.]+|[一二三四五六七八九十百]+)(?:多|余)?(?:公里|千米|里|米)/;
/** … or the bordering word after it (与兴和县|相邻, 接壤, 交界, 为邻, 为界, 隔河相望). */
export const NEIGHBOUR_AFTER = /^(?:接壤|相邻|毗邻|交界|相连|连接|为邻|为界|分界|相望|隔)/;

/** True when the place at [start, end) is named as a neighbour or a reference point. */
function namedAsNeighbour(clean: string, start: number, end: number): boolean {
  return NEIGHBOUR_BEFORE.test(clean.slice(Math.max(0, start - 6), start)) || DISTANCE_BEFORE.test(clean.slice(Math.max(0, start - 8), start))
    || NEIGHBOUR_AFTER.test(clean.slice(end, end + 4)) || DISTANCE_AFTER.test(clean.slice(end, end + 12));
}

/** The words that join the items of a list of places (察右中旗、察右后旗及苏尼特右旗), one character each. */
export const LIST_JOINERS = '、和及与';
/** One joining word between two items of a list. */
const LIST_JOIN = new RegExp(`^[${LIST_JOINERS}]$`);

/**
 * Whether each span (in text order) is named as a neighbour: itself, or as a link of a chain or an item of a list one of
 * whose links or items is (西部与|锡林郭勒盟正蓝旗桑根达来镇, 东与察右中旗、察右后旗及苏尼特右旗|毗邻).
 */
export function neighbours(clean: string, spans: readonly { start: number; end: number }[]): boolean[] {
  const out = spans.map((m) => namedAsNeighbour(clean, m.start, m.end));
  const joined = (k: number) => spans[k - 1].end === spans[k].start || LIST_JOIN.test(clean.slice(spans[k - 1].end, spans[k].start));
  for (let k = 1; k < spans.length; k++) if (out[k - 1] && joined(k)) out[k] = true;
  for (let k = spans.length - 1; k >= 1; k--) if (out[k] && joined(k)) out[k - 1] = true;
  return out;
}
