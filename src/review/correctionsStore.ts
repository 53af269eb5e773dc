/**
 * The corrections file as the review server writes it: decisions appended atomically (the pipeline's own reader,
 * readCorrections, reads it back), and the decisions whose article has gone or changed since.
 */
import { CORRECTIONS_HEADER, formatCorrection, type Correction } from '../pipeline/resolve/corrections.ts';
import { correctionsPath } from '../pipeline/run/readCorrections.ts';
import { appendLines } from './appendAtomic.ts';

export { correctionsPath };
export { readCorrections } from '../pipeline/run/readCorrections.ts';

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
