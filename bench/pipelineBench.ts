/**
 * Pipeline benchmark: full-pipeline time, throughput (MB/s) and peak memory on synthetic archives of 1,000, 10,000
 * and 50,000 articles, each size and worker count measured in its own child process so sizes don't pollute each
 * other; the speed-up of two workers over one; and the trie matcher against a plain indexOf scan for the same names.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { loadGazetteer } from '../src/gazetteer/index.ts';
import { defaultGeoparser } from '../src/pipeline/geoparser.ts';
import { runPipeline } from '../src/pipeline/run/run.ts';
import { findFormMentions } from '../src/pipeline/mentions/findMentions.ts';
import { makeCorpus } from './makeCorpus.ts';
import { median, ratio, repeat } from './stats.ts';

/** Runs per size shrink as sizes grow so the whole benchmark stays within ~10 minutes on a 2-core machine. */
export const PIPELINE_BENCH_DEFAULTS = { sizes: [1000, 10000, 50000], runs: { 1000: 3, 10000: 3, 50000: 1 } as Record<number, number>, workers: [1, 2], matcherSampleBytes: 1_000_000 };

interface ChildResult { seconds: number; bytes: number; maxRssMb: number; heapUsedMb: number }

/** One measured run in a fresh process: `npx tsx bench/pipelineBench.ts --bench-child N WORKERS`. */
function childRun(n: number, workers: number): ChildResult {
  const out = execFileSync('npx', ['tsx', 'bench/pipelineBench.ts', '--bench-child', String(n), String(workers)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').at(-1)!) as ChildResult;
}

async function child(n: number, workers: number): Promise<void> {
  const { dir, bytes } = corpusFolder(n);
  defaultGeoparser();
  // A fresh output folder: the run writes every output, as a first run does, and deletes nothing from an earlier one.
  const out = `bench/out/result-${n}-w${workers}`;
  rmSync(out, { recursive: true, force: true });
  const s = await runPipeline({ input: dir, out, workers });
  const heapUsedMb = process.memoryUsage().heapUsed / 1e6;
  // maxRSS covers the worker threads too: they live in this process.
  console.log(JSON.stringify({ seconds: s.seconds, bytes, maxRssMb: process.resourceUsage().maxRSS / 1024, heapUsedMb }));
}
if (process.argv[2] === '--bench-child') await child(Number(process.argv[3]), Number(process.argv[4]));

function seedTexts(): string[] {
  return readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join('seeds', f), 'utf8'));
}

/** Writes (once) a synthetic archive of `n` articles and returns its folder and size in bytes. */
function corpusFolder(n: number): { dir: string; bytes: number } {
  const dir = `bench/out/corpus-${n}`;
  if (!existsSync(join(dir, '.complete'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const units = [...loadGazetteer().units.values()];
    for (const a of makeCorpus(seedTexts(), units, { articles: n })) writeFileSync(join(dir, a.file), a.text);
    writeFileSync(join(dir, '.complete'), '');
  }
  const bytes = readdirSync(dir).filter((f) => f.endsWith('.txt')).reduce((s, f) => s + readFileSync(join(dir, f)).length, 0);
  return { dir, bytes };
}

/** The plain scan: every form searched for with indexOf over the whole text. */
function plainScan(text: string, forms: string[]): number {
  let hits = 0;
  for (const f of forms) for (let i = text.indexOf(f); i !== -1; i = text.indexOf(f, i + 1)) hits++;
  return hits;
}

export async function benchPipeline(o = PIPELINE_BENCH_DEFAULTS) {
  const gp = defaultGeoparser();
  const sizes = [];
  for (const n of o.sizes) {
    const { bytes } = corpusFolder(n);
    const row: Record<string, number> = { articles: n, mb: +(bytes / 1e6).toFixed(2) };
    for (const w of o.workers) {
      const runs = Array.from({ length: o.runs[n] ?? 1 }, () => childRun(n, w));
      const s = median(runs.map((r) => r.seconds));
      row[`w${w}Seconds`] = +s.toFixed(2);
      row[`w${w}MbPerSecond`] = +(bytes / 1e6 / s).toFixed(2);
      row[`w${w}UsPerKb`] = +((s * 1e6) / (bytes / 1e3)).toFixed(1);
      row[`w${w}PeakRssMb`] = Math.round(Math.max(...runs.map((r) => r.maxRssMb)));
    }
    row.speedup2Workers = ratio(row.w1Seconds, row.w2Seconds);
    sizes.push(row);
  }
  // Matcher vs plain scan on the same text sample and the same form list.
  let sample = seedTexts().join('\n');
  while (sample.length * 3 < o.matcherSampleBytes) sample += sample;
  const forms = [...gp.gaz.forms.keys()].filter((f) => f.length >= 2);
  const trie = await repeat(5, 1, () => { const t = performance.now(); findFormMentions(sample, gp.matcher); return performance.now() - t; });
  const plain = await repeat(3, 0, () => { const t = performance.now(); plainScan(sample, forms); return performance.now() - t; });
  return {
    sizes,
    matcher: { sampleChars: sample.length, forms: forms.length, trieMs: +median(trie).toFixed(1), plainMs: +median(plain).toFixed(1), plainOverTrie: ratio(median(plain), median(trie)) },
  };
}
