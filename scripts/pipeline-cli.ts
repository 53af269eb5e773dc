/**
 * `npm run pipeline -- --input DIR --out DIR`: runs the geoparser over every .txt file of DIR.
 * Progress bar on a terminal (stderr), a one-line summary on stdout; exit 0 when finished (even with
 * unresolved mentions), 2 when the input cannot be read or holds no .txt file, 1 on any other failure.
 */
import { join } from 'node:path';
import { InputError, parseShard, runPipeline, type Shard } from '../src/pipeline/run/index.ts';

const USAGE = 'usage: npx tsx scripts/pipeline-cli.ts --input DIR --out DIR [--max-file-mb 50] [--max-files 2000000] [--max-total-mb N (default: no limit)] [--cache DIR (default OUT/.cache)] [--workers N (default: one per 200 files to process, at most one per core; 1 = in-process)] [--shard I/N (only the files of shard I into the cache, no outputs; then a run without --shard merges)]';

function parseArgs(argv: string[]): { input: string; out: string; limits: { maxFileBytes?: number; maxFiles?: number; maxTotalBytes?: number }; cache: string; workers?: number; shard?: Shard } {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    const eq = argv.find((a) => a.startsWith(`--${name}=`));
    return eq ? eq.slice(name.length + 3) : i >= 0 ? argv[i + 1] : undefined;
  };
  const input = get('input');
  const out = get('out');
  if (!input || !out) throw new InputError(USAGE);
  const mb = get('max-file-mb');
  const n = get('max-files');
  const total = get('max-total-mb');
  const limits = { ...(mb ? { maxFileBytes: Number(mb) * 1024 * 1024 } : {}), ...(n ? { maxFiles: Number(n) } : {}),
    ...(total ? { maxTotalBytes: Number(total) * 1024 * 1024 } : {}) };
  const shard = get('shard');
  return { input, out, limits, cache: get('cache') ?? join(out, '.cache'), ...(get('workers') ? { workers: Number(get('workers')) } : {}),
    ...(shard !== undefined ? { shard: parseShard(shard) } : {}) };
}

function progressBar(): ((done: number, total: number, bytes: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  const width = 30;
  return (done, total, bytes) => {
    const filled = Math.round((done / total) * width);
    const mb = (bytes / 1e6).toFixed(1);
    process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files, ${mb} MB`);
    if (done === total) process.stderr.write('\n');
  };
}

async function main(): Promise<void> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
  try {
    const s = await runPipeline({ ...args, onProgress: progressBar() });
    if (args.shard) {
      console.log(`pipeline: shard ${args.shard.index}/${args.shard.count}: ${s.files} files (${s.cached} already cached) in ${s.seconds.toFixed(1)} s → ${args.cache}`);
      return;
    }
    const mbps = s.seconds > 0 ? (s.bytes / 1e6 / s.seconds).toFixed(2) : '∞';
    console.log(
      `pipeline: ${s.files} files (${s.skipped} skipped), ${s.places} places, ${s.mentions} mentions ` +
      `(${s.unresolved} unresolved), ${s.initiatives} initiatives in ${s.seconds.toFixed(1)} s (${mbps} MB/s)${s.cached ? `, ${s.cached} files from cache` : ''} → ${args.out}`,
    );
  } catch (err) {
    console.error(`pipeline: ${(err as Error).message}`);
    process.exit(err instanceof InputError ? 2 : 1);
  }
}

await main();
