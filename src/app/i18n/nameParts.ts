/**
 * How a Chinese place name breaks into parts: the administrative suffix (旗, 苏木 …) and the word groups before it.
 * Light (no dictionary), shared by the English names and the search index.
 */

/** Suffixes of zones and other non-administrative units; their bare names are not names of the place itself. */
export const ZONE_SUFFIXES: readonly [string, string][] = [
  ['高新技术产业开发区', 'High-Tech Industrial Development Zone'], ['经济技术开发区', 'Economic and Technological Development Zone'],
  ['高新技术开发区', 'High-Tech Development Zone'], ['经济开发区', 'Economic Development Zone'], ['开发区', 'Development Zone'],
  ['工业园区', 'Industrial Park'], ['产业园区', 'Industrial Park'], ['产业园', 'Industrial Park'], ['园区', 'Park'],
  ['管理区管委会', 'Administrative Zone'], ['管委会', 'Administrative Committee'], ['管理区', 'Administrative Zone'],
  ['矿区', 'Mining District'], ['牧场', 'Ranch'], ['农场', 'Farm'], ['林场', 'Forest Farm'],
];

/** Administrative suffixes, longest first so that 自治旗 wins over 旗 and 社区居委会 over 社区. */
export const ADMIN_SUFFIXES: readonly [string, string][] = [
  ['社区居民委员会', 'Community'], ['社区居委会', 'Community'], ['居民委员会', 'Community'], ['居委会', 'Community'],
  ['嘎查委员会', 'Gacha'], ['村民委员会', 'Village'], ['村委会', 'Village'], ['街道办事处', 'Subdistrict'],
  ['自治区', 'Autonomous Region'], ['自治旗', 'Autonomous Banner'], ['自治县', 'Autonomous County'],
  ['街道', 'Subdistrict'], ['苏木', 'Sumu'], ['嘎查', 'Gacha'], ['社区', 'Community'],
  ['旗', 'Banner'], ['县', 'County'], ['市', 'City'], ['区', 'District'], ['盟', 'League'],
  ['镇', 'Town'], ['乡', 'Township'], ['村', 'Village'],
];

/** All suffixes, zones first because several of them end in an administrative suffix (开发区 ends in 区). */
export const NAME_SUFFIXES: readonly [string, string][] = [...ZONE_SUFFIXES, ...ADMIN_SUFFIXES];
const ADMIN = new Set(ADMIN_SUFFIXES.map(([zh]) => zh));

// Banner names end in qualifiers (左翼, 前 …) and may start with a direction; each becomes its own word.
const TAIL_QUALIFIERS = ['左翼', '右翼', '联合', '前', '中', '后', '左', '右'];
const HEAD_QUALIFIERS = ['东', '西', '南', '北'];
/** A qualifier is split off only when this many characters remain, so 东胜 stays one word. */
const MIN_CORE = { tail: 2, head: 3 };

/** Splits a suffix-less name into word groups: 科尔沁右翼前 → [科尔沁, 右翼, 前]. */
export function nameGroups(core: string): string[] {
  const tail: string[] = [];
  let rest = core;
  for (let changed = true; changed; ) {
    changed = false;
    for (const q of TAIL_QUALIFIERS) {
      if (rest.endsWith(q) && rest.length - q.length >= MIN_CORE.tail) {
        tail.unshift(q);
        rest = rest.slice(0, -q.length);
        changed = true;
        break;
      }
    }
  }
  const head = HEAD_QUALIFIERS.find((q) => rest.startsWith(q) && rest.length - q.length >= MIN_CORE.head);
  const groups = head ? [head, rest.slice(head.length)] : [rest];
  return [...groups, ...tail].filter((g) => g.length > 0);
}

/** Splits off a known suffix (`admin` says whether it is an administrative one); autonomous ones also drop a preceding 族. */
export function splitSuffix(name: string): { core: string; suffix: string; admin: boolean } {
  for (const [zh, en] of NAME_SUFFIXES) {
    if (name.endsWith(zh) && name.length > zh.length) {
      let core = name.slice(0, -zh.length);
      if (zh.startsWith('自治') && core.endsWith('族') && core.length > 1) core = core.slice(0, -1);
      return { core, suffix: en, admin: ADMIN.has(zh) };
    }
  }
  return { core: name, suffix: '', admin: false };
}

