/** Reads a coordinate table (curated.csv or a user's --coords file) into WGS-84 points by code. */
import { isCode } from '../../contract/index.ts';
import { readCsvRows } from '../readDivision.ts';
import { gcjToWgs } from './crs.ts';

export interface TablePoint {
  lon: number;
  lat: number;
  source: string;
}

/** Rows need code, lon, lat; `crs` may be wgs84 (default) or gcj02; `source` defaults to `fallbackSource`. */
export function readCoordTable(file: string, fallbackSource: string): Map<string, TablePoint> {
  const out = new Map<string, TablePoint>();
  readCsvRows(file).forEach((row, i) => {
    const code = (row.code ?? '').trim();
    const lon = Number(row.lon);
    const lat = Number(row.lat);
    const crs = (row.crs ?? 'wgs84').trim().toLowerCase() || 'wgs84';
    if (!isCode(code) || !Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      throw new Error(`${file}: row ${i + 2} needs a 12-digit code and numeric lon, lat`);
    }
    if (crs !== 'wgs84' && crs !== 'gcj02') throw new Error(`${file}: row ${i + 2}: crs must be wgs84 or gcj02, not "${crs}"`);
    const [x, y] = crs === 'gcj02' ? gcjToWgs([lon, lat]) : [lon, lat];
    out.set(code, { lon: x, lat: y, source: (row.source ?? '').trim() || fallbackSource });
  });
  return out;
}
