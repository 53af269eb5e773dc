/** readCorrections: the editor's corrections.csv of an input folder (none when the file is absent), malformed rows reported. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORRECTIONS_FILE, parseCorrections, type CorrectionsRead } from '../resolve/index.ts';

export const correctionsPath = (input: string): string => join(input, CORRECTIONS_FILE);

export function readCorrections(input: string): CorrectionsRead {
  const path = correctionsPath(input);
  return existsSync(path) ? parseCorrections(readFileSync(path, 'utf8')) : { rows: [], errors: [] };
}
