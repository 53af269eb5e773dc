/**
 * `npm run pipeline -- --input DIR|FILE.csv|FILE.jsonl --out DIR`: runs the geoparser over every article of the input (options: cliArgs.ts).
 * Progress bar on a terminal (stderr), a one-line summary on stdout; exit 0 when finished (even with
 * unresolved mentions), 2 when the input cannot be read or holds no .txt file, 1 on any other failure.
 */
import { InputError, parseCliArgs, runPipeline } from '../src/pipeline/run/index.ts';

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
  let args: ReturnType<typeof parseCliArgs>;
  try {
    args = parseCliArgs(process.argv.slice(2));
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
    for (const e of s.corrections.errors) console.error(`pipeline: ${args.input}/corrections.csv line ${e.line} not applied: ${e.message}`);
    console.log(
      `pipeline: ${s.files} files (${s.skipped} skipped), ${s.places} places, ${s.mentions} mentions ` +
      `(${s.unresolved} unresolved), ${s.initiatives} initiatives in ${s.seconds.toFixed(1)} s (${mbps} MB/s)${s.cached ? `, ${s.cached} files from cache` : ''}${s.corrections.rows ? `, ${s.corrections.rows} corrections` : ''} → ${args.out}`,
    );
  } catch (err) {
    console.error(`pipeline: ${(err as Error).message}`);
    process.exit(err instanceof InputError ? 2 : 1);
  }
}

await main();
