/** readRows: the records of a CSV (papaparse, streaming) or JSON Lines archive, one callback per row, 1-based. */
import { createInterface } from 'node:readline';
import Papa from 'papaparse';
import { decodeStream } from './decodeStream.ts';
import { InputError } from './inputError.ts';

export type OnRow = (rec: Record<string, unknown>, row: number) => void;
/** A line that is not a JSON object: reported by the caller, the run goes on. */
export type OnBadLine = (row: number, message: string) => void;

/** Streams a CSV with a header row; column names are matched without case or surrounding space. */
export function readCsv(path: string, onRow: OnRow, required: string[] = []): Promise<void> {
  const { text } = decodeStream(path);
  let row = 0;
  return new Promise((resolve, reject) => {
    Papa.parse<Record<string, unknown>>(text as unknown as File, {
      header: true,
      skipEmptyLines: 'greedy',
      transformHeader: (h) => h.trim().toLowerCase(),
      step: (res, parser) => {
        if (row === 0) {
          const missing = required.filter((c) => !(res.meta.fields ?? []).includes(c));
          if (missing.length) {
            // Reject before abort: abort calls complete, which would resolve.
            reject(new InputError(`${path}: no "${missing.join('", "')}" column (the header row has: ${(res.meta.fields ?? []).join(', ')})`));
            return parser.abort();
          }
        }
        try {
          onRow(res.data, ++row);
        } catch (err) {
          reject(err);
          parser.abort();
        }
      },
      complete: () => resolve(),
      error: (err) => reject(new InputError(`cannot read ${path}: ${err.message}`)),
    });
  });
}

/** Streams a JSON Lines file (row = line number); blank lines are skipped, a line that is not an object goes to `onBad`. */
export async function readJsonl(path: string, onRow: OnRow, onBad: OnBadLine): Promise<void> {
  const { text } = decodeStream(path);
  let row = 0;
  for await (const line of createInterface({ input: text, crlfDelay: Infinity })) {
    row++;
    if (!line.trim()) continue;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (err) {
      onBad(row, `line is not JSON (${(err as Error).message.slice(0, 80)}); skipped`);
      continue;
    }
    if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) onBad(row, 'line is not a JSON object; skipped');
    else onRow(rec as Record<string, unknown>, row);
  }
}
