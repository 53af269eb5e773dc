/**
 * Administrative levels and point precisions, their orders, and the one table of what level a written unit suffix
 * implies. The gazetteer, the pipeline and the app all rank and compare levels through this file.
 */

/** Administrative level of a place, from league down; `poi` is a named spot below a village (a 小区, a canteen). */
export type Level = 'prefecture' | 'county' | 'township' | 'village' | 'poi';
/** Levels from the broadest down. */
export const LEVELS: readonly Level[] = ['prefecture', 'county', 'township', 'village', 'poi'];
/** The levels that have boundaries and rollups: leagues and banners. */
export type RegionLevel = Extract<Level, 'prefecture' | 'county'>;

/** How precisely a point is known: `exact` is the unit's own point; the others say whose point stands in for it. */
export type Precision = 'exact' | 'township' | 'county' | 'prefecture';
/** Precisions from the finest to the coarsest. */
export const PRECISIONS: readonly Precision[] = ['exact', 'township', 'county', 'prefecture'];

/** Depth of a level: 1 league, 2 banner, 3 township, 4 village, 5 poi (a code at that level has codeDepth 1..4). */
export const levelDepth = (level: Level): number => LEVELS.indexOf(level) + 1;

/** The coarser of two precisions. */
export function coarser(a: Precision, b: Precision): Precision {
  return PRECISIONS.indexOf(a) >= PRECISIONS.indexOf(b) ? a : b;
}

/**
 * Precision of a point borrowed from a parent at `parentLevel` whose own precision is `parentPrecision`: never finer
 * than the parent's, and a village parent counts as township (the contract has no finer step).
 */
export function inherited(parentLevel: Exclude<Level, 'poi'>, parentPrecision: Precision): Precision {
  const asPrecision: Precision = parentLevel === 'village' ? 'township' : parentLevel;
  return coarser(asPrecision, parentPrecision);
}

/**
 * Level each written unit suffix implies. 市 is absent on purpose: in the gazetteer 9 units ending in 市 are
 * leagues and 11 are banners (county-level cities), so the suffix does not tell the level. No unit ends in 小区
 * (it occurs only inside community committee names), so a written …小区 is a compound below a village: poi.
 */
const LEVEL_OF_SUFFIX: Readonly<Record<string, Level>> = {
  盟: 'prefecture',
  旗: 'county', 自治旗: 'county', 县: 'county', 区: 'county', 矿区: 'county', 管理区: 'county',
  镇: 'township', 乡: 'township', 苏木: 'township', 街道: 'township', 街办: 'township', 街道办: 'township', 办事处: 'township',
  街道办事处: 'township',
  村: 'village', 嘎查: 'village', 嘎查村: 'village', 社区: 'village', 村委: 'village', 村委会: 'village', 居委会: 'village',
  村民委员会: 'village', 居民委员会: 'village', 社区居委会: 'village', 社区委员会: 'village', 社区居民委员会: 'village',
  嘎查委员会: 'village', 嘎查村委员会: 'village', 嘎查村民委员会: 'village',
  小区: 'poi', 园区: 'poi', 开发区: 'poi', 示范区: 'poi',
};
const LONGEST_SUFFIX = Math.max(...Object.keys(LEVEL_OF_SUFFIX).map((s) => s.length));

/** The level a suffix (as stemming split it off) implies, or undefined. */
export function levelOfSuffix(suffix: string): Level | undefined {
  return Object.hasOwn(LEVEL_OF_SUFFIX, suffix) ? LEVEL_OF_SUFFIX[suffix] : undefined;
}

/** Names already looked at: resolving asks for the same few thousand names again and again (a hot spot in profiles). */
const writtenLevels = new Map<string, Level | undefined>();
const MAX_WRITTEN_LEVELS = 100_000;

/** Level of a written name from its longest known suffix; undefined when it has none or is only the suffix. */
export function levelOfWritten(name: string): Level | undefined {
  if (writtenLevels.has(name)) return writtenLevels.get(name);
  let found: Level | undefined;
  for (let len = Math.min(LONGEST_SUFFIX, name.length - 1); len >= 1 && !found; len--) found = levelOfSuffix(name.slice(-len));
  if (writtenLevels.size >= MAX_WRITTEN_LEVELS) writtenLevels.clear();
  writtenLevels.set(name, found);
  return found;
}
