/**
 * Builds the offline gazetteer (data/generated/gazetteer.json) and the app's boundary and search files
 * (public/data/counties.geojson, leagues.geojson, gazetteer-lite.json) from npm packages and data/*.csv.
 * The command line is scripts/build-gazetteer.ts.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ancestorAt } from '../../contract/index.ts';
import { readAliases } from './aliases.ts';
import { readCoordTable } from './coordTable.ts';
import { GAZETTEER_DEFAULTS, repoPath } from '../config.ts';
import { readGeoNames } from './geonames.ts';
import { matchGeoNames } from './matchGeoNames.ts';
import { decorateShapes, liteUnits } from './outputs.ts';
import { placePoints } from './placePoints.ts';
import { readDivision } from '../readDivision.ts';
import { readCountyShapes, shapeMismatches } from './readShapes.ts';
import { dropShadowedBare } from './dropShadowed.ts';
import { encodeGazetteer } from '../serialize.ts';
import { simplifyShapes } from './simplifyShapes.ts';
import type { Unit } from '../types.ts';
import { unitRecords, unknownAliasCodes } from './unitRecords.ts';
import { makeVariantKey, readVariants } from '../variants.ts';

export interface BuildOptions {
  /** A user's coordinate table (code,lon,lat,crs); its points win over all others. */
  coords?: string;
  /** Where gazetteer.json goes (default data/generated/gazetteer.json). */
  out?: string;
  /** Where the app files go (default public/data). */
  publicDir?: string;
  /** Print the summary to stderr. */
  quiet?: boolean;
}

export interface BuildSummary {
  counts: Record<string, number>;
  precision: Record<string, number>;
  shapeMismatches: string[];
  seconds: number;
}

/** Writes through a temporary file so that a concurrent reader never sees half a file. */
function writeJson(file: string, data: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(data));
  renameSync(tmp, file);
}

export async function buildGazetteer(options: BuildOptions = {}): Promise<BuildSummary> {
  const t0 = performance.now();
  const d = GAZETTEER_DEFAULTS;
  const raw = readDivision(repoPath(d.divisionDir), d.provincePrefix);
  const aliases = readAliases(repoPath(d.aliasesFile));
  const badAliases = unknownAliasCodes(raw, aliases);
  if (badAliases.length) throw new Error(`${d.aliasesFile}: unknown codes ${badAliases.join(', ')}`);
  const variants = readVariants(repoPath(d.variantsFile));
  const records = dropShadowedBare(unitRecords(raw, aliases));

  const shapes = readCountyShapes(repoPath(d.echartsDir), d.echartsFilePrefix);
  const countyNames = new Map(raw.filter((r) => r.level === 'county').map((r) => [r.code, r.name]));
  const mismatches = shapeMismatches(shapes, countyNames);
  const simple = await simplifyShapes(shapes.filter((s) => countyNames.has(s.code)), d.simplify, d.coordPrecision);
  const shapeMap = new Map([...simple.counties.features, ...simple.leagues.features].map((f) => [f.properties.code, f]));

  const areaOf = (code: string) => (shapeMap.has(code) ? code : ancestorAt(code, 1));
  const townships = records.filter((u) => u.level === 'township')
    .map((u) => ({ code: u.code, areaCode: areaOf(u.parentCode!), forms: u.forms.map((f) => f.form) }));
  const geos = readGeoNames(repoPath(d.geonamesFile), 'CN', d.geonamesAdmin1);
  const geo = matchGeoNames(geos, townships, (c) => shapeMap.get(c), makeVariantKey(variants));

  const placed = placePoints(records, {
    shapes: shapeMap,
    cps: new Map(shapes.map((s) => [s.code, s.cp])),
    leagueSeats: d.leagueSeats,
    geo,
    curated: readCoordTable(repoPath(d.curatedFile), 'curated'),
    user: options.coords ? readCoordTable(options.coords, 'user') : new Map(),
  });
  const units: Unit[] = records.map((r) => ({ ...r, ...placed.get(r.code)! }));
  const byCode = new Map(units.map((u) => [u.code, u]));

  const publicDir = options.publicDir ?? repoPath(d.publicDir);
  writeJson(options.out ?? repoPath(d.gazetteerFile), encodeGazetteer(units, variants));
  writeJson(join(publicDir, 'counties.geojson'), decorateShapes(simple.counties, byCode));
  writeJson(join(publicDir, 'leagues.geojson'), decorateShapes(simple.leagues, byCode));
  writeJson(join(publicDir, 'gazetteer-lite.json'), liteUnits(units));

  const tally = (key: (u: Unit) => string) => units.reduce<Record<string, number>>((acc, u) => ({ ...acc, [key(u)]: (acc[key(u)] ?? 0) + 1 }), {});
  const summary: BuildSummary = {
    counts: tally((u) => u.level),
    precision: tally((u) => `${u.level}:${u.precision}`),
    shapeMismatches: mismatches,
    seconds: Math.round(performance.now() - t0) / 1000,
  };
  if (!options.quiet) console.error(`gazetteer: ${JSON.stringify(summary)}`);
  return summary;
}
