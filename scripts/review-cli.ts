/**
 * `npm run review -- --input DIR --out DIR [--port N]`: runs the pipeline over DIR (incrementally, with OUT/.cache),
 * then serves the review page on 127.0.0.1 and prints its address with the run's secret. Ctrl+C stops it.
 */
import { InputError } from '../src/pipeline/index.ts';
import { startReview } from '../src/review/server.ts';

const USAGE = 'usage: npm run review -- --input DIR --out DIR [--port N]';

function arg(argv: string[], name: string): string | undefined {
  const eq = argv.find((a) => a.startsWith(`--${name}=`));
  if (eq) return eq.slice(name.length + 3);
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

const argv = process.argv.slice(2);
const input = arg(argv, 'input');
const out = arg(argv, 'out');
const port = Number(arg(argv, 'port') ?? 0);
if (!input || !out || !Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(USAGE);
  process.exit(2);
}
try {
  const server = await startReview({ input, out, port });
  console.log(`review: ${server.url}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  console.error(`review: ${(err as Error).message}`);
  process.exit(err instanceof InputError ? 2 : 1);
}
