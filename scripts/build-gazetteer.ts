/**
 * Builds the offline gazetteer and the app's boundary and search files (the work is in src/gazetteer/build/).
 * Usage: npx tsx scripts/build-gazetteer.ts [--coords FILE.csv]
 */
import { buildGazetteer } from '../src/gazetteer/build/index.ts';

function argValue(argv: string[], flag: string): string | undefined {
  const i = argv.indexOf(flag);
  if (i < 0) return undefined;
  const v = argv[i + 1];
  if (!v || v.startsWith('--')) throw new Error(`${flag} needs a file`);
  return v;
}

buildGazetteer({ coords: argValue(process.argv.slice(2), '--coords') }).catch((err: unknown) => {
  console.error(`build-gazetteer: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
