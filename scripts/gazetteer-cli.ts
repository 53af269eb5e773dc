/**
 * Gazetteer command line.
 *   npx tsx scripts/gazetteer-cli.ts lookup 科右前旗 [--within CODE]   → JSON candidates, best first
 *   npx tsx scripts/gazetteer-cli.ts stats                             → JSON counts per level
 * Errors go to stderr as one line with exit code 1; never a stack trace.
 */
import { isCode } from '../src/contract/index.ts';
import { GAZETTEER_DEFAULTS, loadGazetteer, repoPath } from '../src/gazetteer/index.ts';
import type { Gazetteer } from '../src/gazetteer/index.ts';

const USAGE = 'usage: gazetteer-cli lookup NAME [--within CODE] | gazetteer-cli stats';

function fail(message: string): never {
  console.error(`gazetteer: ${message}`);
  process.exit(1);
}

function stats(g: Gazetteer): Record<string, unknown> {
  const levels: Record<string, number> = {};
  const precision: Record<string, number> = {};
  for (const u of g.units.values()) {
    levels[u.level] = (levels[u.level] ?? 0) + 1;
    precision[`${u.level}:${u.precision}`] = (precision[`${u.level}:${u.precision}`] ?? 0) + 1;
  }
  return { version: g.version, units: g.units.size, levels, precision, forms: g.forms.size };
}

function main(argv: string[]): void {
  const [command, ...rest] = argv;
  if (command !== 'lookup' && command !== 'stats') fail(USAGE);
  const withinAt = rest.indexOf('--within');
  const within = withinAt >= 0 ? rest[withinAt + 1] : undefined;
  if (withinAt >= 0 && (!within || !isCode(within))) fail('--within needs a 12-digit code');
  const args = rest.filter((_, i) => withinAt < 0 || (i !== withinAt && i !== withinAt + 1));
  const g = loadGazetteer(process.env.NMG_GAZETTEER ?? repoPath(GAZETTEER_DEFAULTS.gazetteerFile));
  if (command === 'stats') {
    console.log(JSON.stringify(stats(g), null, 2));
    return;
  }
  if (args.length !== 1) fail(`lookup needs exactly one name. ${USAGE}`);
  console.log(JSON.stringify(g.lookup(args[0], within ? { within } : {}), null, 2));
}

try {
  main(process.argv.slice(2));
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
}
