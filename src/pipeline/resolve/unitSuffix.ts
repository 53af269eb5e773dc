/** The level a written unit suffix implies, for pattern units and for checking fuzzy candidates. */
import type { Level } from '../../contract.ts';

const LEVEL_OF_SUFFIX: Record<string, Level> = {
  盟: 'prefecture', 市: 'prefecture', 旗: 'county', 县: 'county', 区: 'county', 矿区: 'county', 管理区: 'county',
  镇: 'township', 乡: 'township', 苏木: 'township', 街道: 'township', 街办: 'township', 办事处: 'township', 街道办事处: 'township',
  村: 'village', 嘎查: 'village', 嘎查村: 'village', 社区: 'village', 村委会: 'village', 居委会: 'village',
  村民委员会: 'village', 居民委员会: 'village', 社区居委会: 'village', 社区居民委员会: 'village', 嘎查村民委员会: 'village',
  小区: 'poi', 园区: 'poi', 开发区: 'poi', 示范区: 'poi',
};

/** Level of a written name from its suffix (longest suffix first); undefined when it has none we know. */
export function levelOfWritten(name: string): Level | undefined {
  for (const len of [7, 6, 5, 4, 3, 2, 1]) {
    const level = LEVEL_OF_SUFFIX[name.slice(-len)];
    if (level && name.length > len) return level;
  }
  return undefined;
}
