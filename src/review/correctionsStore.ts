/**
 * The corrections file on disk: where it lives (beside the articles, in the input folder), reading it with every
 * malformed row reported, appending decisions atomically, and finding decisions whose article has gone or changed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appendLines } from './appendAtomic.ts';
import { CORRECTIONS_HEADER, formatCorrection, parseCorrections, type Correction, type CorrectionsRead } from './corrections.ts';

export const CORRECTIONS_FILE = 'corrections.csv';

export const correctionsPath = (input: string) => join(input, CORRECTIONS_FILE);

/** The corrections of an input folder; no file means no corrections. */
export function readCorrections(input: string): CorrectionsRead & { text: string } {
  const path = correctionsPath(input);
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  return { ...parseCorrections(text), text };
}

export function appendCorrections(input: string, rows: Correction[]): Promise<void> {
  return appendLines(correctionsPath(input), CORRECTIONS_HEADER, rows.map(formatCorrection));
}

/** Mention decisions that no longer fit their article: the file was deleted, or the text at the span changed. */
export function staleCorrections(rows: Correction[], textOf: (file: string) => string | undefined): { line?: number; file: string; message: string }[] {
  const out: { line?: number; file: string; message: string }[] = [];
  for (const r of rows) {
    if (r.scope.kind !== 'mention') continue;
    const text = textOf(r.file);
    if (text === undefined) out.push({ line: r.line, file: r.file, message: `article ${r.file} is no longer in the input` });
    else if (text.slice(r.start, r.end) !== r.surface) out.push({ line: r.line, file: r.file, message: `${r.file} no longer has "${r.surface}" at ${r.start}–${r.end}` });
  }
  return out;
}
