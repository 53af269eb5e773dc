/**
 * `npm run --silent site -- --input PATH --out DIR [--title TEXT]`: archive (folder of .txt, .csv or .jsonl) → a
 * complete static atlas in DIR. Exit 0 when built, 2 when the input or DIR cannot be taken, 1 on any other failure.
 */
import { buildSite } from '../src/build/buildSite.ts';
import { InputError } from '../src/pipeline/run/inputError.ts';

const USAGE = 'usage: npm run --silent site -- --input PATH (folder of .txt, .csv or .jsonl) --out DIR (new or empty folder, or an earlier site) [--title TEXT]';

function arg(argv: string[], name: string): string | undefined {
  const eq = argv.find((a) => a.startsWith(`--${name}=`));
  const i = argv.indexOf(`--${name}`);
  return eq ? eq.slice(name.length + 3) : i >= 0 ? argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const input = arg(argv, 'input');
  const out = arg(argv, 'out');
  if (!input || !out) {
    console.error(USAGE);
    process.exit(2);
  }
  try {
    const s = await buildSite({ input, out, title: arg(argv, 'title') });
    console.log(`site: ${s.files} articles (${s.skipped} skipped), ${s.places} places, ${s.initiatives} initiatives → ${out} ` +
      `(see ${out}/data/report.json; serve it with: npx vite preview --outDir ${out})`);
  } catch (err) {
    console.error(`site: ${(err as Error).message}`);
    process.exit(err instanceof InputError ? 2 : 1);
  }
}

await main();
