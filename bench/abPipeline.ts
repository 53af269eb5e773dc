/**
 * A/B aid (not part of `npm run bench`): the pipelines of two or more checkouts run in turn on one synthetic archive,
 * one worker, `runs` rounds, each run's CPU seconds counted from its start (pipelineBench's child). Prints each
 * checkout's median and the median of its round-by-round ratios to the first: this machine's speed drifts by tens of
 * percent within minutes, and a round's runs are seconds apart. An older checkout is a worktree with `node_modules` and
 * `data/generated` in place; set BENCH_PIPELINE_OUT=/dev/shm to keep ext4's re-created-folder cost out.
 * `npx tsx bench/abPipeline.ts 8 5000 /tmp/old-checkout .`
 */
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { childRun, corpusFolder } from './pipelineBench.ts';
import { median } from './stats.ts';

const runs = Number(process.argv[2]);
const articles = Number(process.argv[3]);
const dirs = process.argv.slice(4);
if (!(runs > 0) || !(articles > 0) || dirs.length < 2) {
  console.error('usage: npx tsx bench/abPipeline.ts RUNS ARTICLES CHECKOUT_A CHECKOUT_B [...]');
  process.exit(2);
}
// Every checkout reads this checkout's archive (made once), so all run on the same bytes.
const { dir: corpus, bytes } = corpusFolder(articles);
for (const d of dirs) {
  const link = join(d, corpus);
  if (resolve(link) === resolve(corpus) || existsSync(link)) continue;
  mkdirSync(join(d, 'bench/out'), { recursive: true });
  symlinkSync(resolve(corpus), link);
}
const cpu: number[][] = dirs.map(() => []);
for (let r = 0; r < runs; r++) {
  for (const [i, d] of dirs.entries()) cpu[i].push(childRun(articles, 1, d).cpuSeconds);
  console.error(`round ${r + 1}: ${dirs.map((d, i) => `${d} ${cpu[i][r].toFixed(2)} CPU s`).join(', ')}`);
}
const mb = bytes / 1e6;
for (const [i, d] of dirs.entries()) {
  const ratios = cpu[i].map((c, r) => c / cpu[0][r]);
  console.log(`${d}: median ${median(cpu[i]).toFixed(2)} CPU s (${(mb / median(cpu[i])).toFixed(2)} MB per CPU second), `
    + `round-by-round ratio to ${dirs[0]}: median ${median(ratios).toFixed(3)}`);
}
