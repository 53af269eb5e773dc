/**
 * The pipeline CLI's arguments, parsed and validated in one place: an unknown option, a missing value or a number
 * that is not one becomes an InputError naming the option, never a silent NaN or an ignored flag.
 */
import { join } from 'node:path';
import { InputError } from './inputError.ts';
import { parseShard, type Shard } from './shard.ts';

export const USAGE = 'usage: npm run pipeline -- --input DIR|FILE.csv|FILE.jsonl --out DIR [--cache DIR (default OUT/.cache)] ' +
  '[--workers N (default: one per 200 files to process, at most one per core; 1 = in-process)] ' +
  '[--max-file-mb 50] [--max-files 2000000] [--max-total-mb N (default: no limit)] ' +
  '[--shard I/N (only the files of shard I into the cache, no outputs; then a run without --shard merges)]';

export interface CliArgs {
  input: string;
  out: string;
  cache: string;
  workers?: number;
  shard?: Shard;
  limits: { maxFileBytes?: number; maxFiles?: number; maxTotalBytes?: number };
}

const OPTIONS = ['input', 'out', 'cache', 'workers', 'max-file-mb', 'max-files', 'max-total-mb', 'shard'] as const;
type Option = (typeof OPTIONS)[number];

/** `--name value` and `--name=value` pairs; anything else is refused. */
function pairs(argv: string[]): Map<Option, string> {
  const found = new Map<Option, string>();
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) throw new InputError(`unexpected argument "${argv[i]}"\n${USAGE}`);
    const name = m[1] as Option;
    if (!OPTIONS.includes(name)) throw new InputError(`unknown option --${m[1]}\n${USAGE}`);
    const value = m[2] ?? argv[++i];
    if (value === undefined || (m[2] === undefined && value.startsWith('--'))) throw new InputError(`--${name} needs a value\n${USAGE}`);
    if (found.has(name)) throw new InputError(`--${name} is given twice`);
    found.set(name, value);
  }
  return found;
}

/** A positive number (whole when `whole`), or an InputError naming the option. */
export function positive(name: string, raw: string, whole: boolean): number {
  const n = /^\s*\d+(\.\d+)?\s*$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isFinite(n) || n <= 0 || (whole && !Number.isInteger(n))) {
    throw new InputError(`--${name} must be a ${whole ? 'whole number' : 'number'} greater than 0 (got "${raw}")`);
  }
  return n;
}

export function parseCliArgs(argv: string[]): CliArgs {
  const p = pairs(argv);
  const input = p.get('input');
  const out = p.get('out');
  if (!input || !out) throw new InputError(USAGE);
  const mb = (name: Option) => (p.has(name) ? positive(name, p.get(name)!, false) * 1024 * 1024 : undefined);
  const limits = {
    ...(p.has('max-file-mb') ? { maxFileBytes: mb('max-file-mb') } : {}),
    ...(p.has('max-files') ? { maxFiles: positive('max-files', p.get('max-files')!, true) } : {}),
    ...(p.has('max-total-mb') ? { maxTotalBytes: mb('max-total-mb') } : {}),
  };
  return {
    input, out, limits,
    cache: p.get('cache') ?? join(out, '.cache'),
    ...(p.has('workers') ? { workers: positive('workers', p.get('workers')!, true) } : {}),
    ...(p.has('shard') ? { shard: parseShard(p.get('shard')!) } : {}),
  };
}
