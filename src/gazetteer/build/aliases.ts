/** Reads the reviewed alias table data/aliases.csv (columns code,alias,note). */
import { isCode } from '../../contract/index.ts';
import { existsSync } from 'node:fs';
import { readCsvRows } from '../readDivision.ts';

/** Map from 12-digit code to its aliases, in file order. */
export function readAliases(file: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!existsSync(file)) return out;
  for (const row of readCsvRows(file)) {
    const code = row.code?.trim();
    const alias = row.alias?.trim();
    if (!code || !alias) continue;
    if (!isCode(code)) throw new Error(`${file}: bad code "${code}"`);
    out.set(code, [...(out.get(code) ?? []), alias]);
  }
  return out;
}
