/**
 * Pipeline benchmark, side by side in one JSON: 1 against 2 worker processes on 10,000 synthetic articles (time, MB/s,
 * MB/s per core, speed-up); peak resident memory of whole in-process runs on about 100 MB and 1 GB of synthetic input;
 * the plain trie matcher over the same 10,000 articles as the floor no pipeline can beat; and the trie against a plain
 * indexOf scan. Every run is its own child process, on a corpus generated once under bench/out.
 * `BENCH_MEMORY_MB=100,300` picks other memory sizes (1 GB takes many minutes on 2 cores).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { loadGazetteer } from '../src/gazetteer/index.ts';
import { defaultGeoparser } from '../src/pipeline/geoparser.ts';
import { runPipeline } from '../src/pipeline/run/run.ts';
import { findFormMentions } from '../src/pipeline/mentions/findMentions.ts';
import { makeCorpus } from './makeCorpus.ts';
import { median, ratio, repeat } from './stats.ts';

const memoryMb = (process.env.BENCH_MEMORY_MB ?? '100,1000').split(',').map(Number);
/**
 * Where the runs write their outputs. On this project's ext4 machines, creating a run's 10,000 source files right after
 * the previous run's were deleted costs 1–6 s of kernel time (BENCHMARKS.md); `BENCH_PIPELINE_OUT=/dev/shm` measures without it.
 */
const OUT_PARENT = process.env.BENCH_PIPELINE_OUT ?? 'bench/out';
export const PIPELINE_BENCH_DEFAULTS = { speedArticles: 10000, speedRuns: 3, workers: [1, 2], memoryMb, matcherSampleBytes: 1_000_000 };

interface ChildResult { seconds: number; bytes: number; maxRssMb: number; cached: number; cpuSeconds: number; sysSeconds: number }

/** CPU seconds of this process and of its children that have exited (the workers), user and system: /proc/self/stat, 100 ticks a second. */
function cpuTimes(): { user: number; sys: number } {
  const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ').map(Number);
  return { user: (f[11] + f[13]) / 100, sys: (f[12] + f[14]) / 100 };
}

/** One measured run in a fresh process: `npx tsx bench/pipelineBench.ts --bench-child N WORKERS`, in checkout `cwd` (this one by default). */
export function childRun(n: number, workers: number, cwd = '.'): ChildResult {
  const out = execFileSync('npx', ['tsx', 'bench/pipelineBench.ts', '--bench-child', String(n), String(workers)], { cwd, encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').at(-1)!) as ChildResult;
}

async function child(n: number, workers: number): Promise<void> {
  const { dir, bytes } = corpusFolder(n);
  // A fresh output folder and no cache: the run processes every file and writes every output, as a first run does.
  const out = join(OUT_PARENT, `result-${n}-w${workers}`);
  rmSync(out, { recursive: true, force: true });
  // CPU is counted from the run's start: the bench's start-up and its removal of the last run's output are not the run's.
  const before = cpuTimes();
  const s = await runPipeline({ input: dir, out, workers });
  const after = cpuTimes();
  const cpu = after.user + after.sys - before.user - before.sys;
  // maxRSS is this process's: with workers > 1 the per-file steps run in other processes (each one geoparser, not the archive).
  console.log(JSON.stringify({ seconds: s.seconds, bytes, maxRssMb: process.resourceUsage().maxRSS / 1024, cached: s.cached, cpuSeconds: cpu, sysSeconds: after.sys - before.sys }));
}
if (process.argv[2] === '--bench-child') await child(Number(process.argv[3]), Number(process.argv[4]));

function seedTexts(): string[] {
  return readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join('seeds', f), 'utf8'));
}

/** Writes (once) a synthetic archive of `n` articles and returns its folder and size in bytes. */
export function corpusFolder(n: number): { dir: string; bytes: number } {
  const dir = `bench/out/corpus-${n}`;
  if (!existsSync(join(dir, '.complete'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const units = [...loadGazetteer().units.values()];
    for (const a of makeCorpus(seedTexts(), units, { articles: n })) writeFileSync(join(dir, a.file), a.text);
    writeFileSync(join(dir, '.complete'), '');
  }
  const bytes = readdirSync(dir).filter((f) => f.endsWith('.txt')).reduce((s, f) => s + statSync(join(dir, f)).size, 0);
  return { dir, bytes };
}

/** All the articles of a corpus as one text, for the matcher floor. */
const corpusText = (dir: string): string => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');

/** The plain scan: every form searched for with indexOf over the whole text. */
function plainScan(text: string, forms: string[]): number {
  let hits = 0;
  for (const f of forms) for (let i = text.indexOf(f); i !== -1; i = text.indexOf(f, i + 1)) hits++;
  return hits;
}

export async function benchPipeline(o = PIPELINE_BENCH_DEFAULTS) {
  const gp = defaultGeoparser();
  const speed = corpusFolder(o.speedArticles);
  const mb = speed.bytes / 1e6;
  const workers: Record<string, number>[] = [];
  for (const w of o.workers) {
    const runs = Array.from({ length: o.speedRuns }, () => childRun(o.speedArticles, w));
    const s = median(runs.map((r) => r.seconds));
    const cpu = median(runs.map((r) => r.cpuSeconds));
    console.error(`pipeline bench: ${o.speedArticles} articles, ${w} workers: ${runs.map((r) => `${r.seconds.toFixed(1)} s (${r.cpuSeconds.toFixed(1)} CPU s, ${r.sysSeconds.toFixed(1)} system)`).join(', ')}`);
    workers.push({
      workers: w, seconds: +s.toFixed(2), mbPerSecond: +(mb / s).toFixed(2), mbPerSecondPerCore: +(mb / s / w).toFixed(2),
      // Robust to a shared machine's load, unlike the wall clock: input per CPU second of every process of the run (workers'
      // start-up included). `cores`: CPU seconds per second, above 1 even in-process (V8 compiles and collects on other threads).
      cpuSeconds: +cpu.toFixed(1), sysSeconds: +median(runs.map((r) => r.sysSeconds)).toFixed(1), cores: +(cpu / s).toFixed(2),
      mbPerCpuSecond: +(mb / cpu).toFixed(2), peakRssMb: Math.round(median(runs.map((r) => r.maxRssMb))),
    });
  }
  // The floor: the trie matcher alone over the same articles, one core.
  const text = corpusText(speed.dir);
  const match = await repeat(3, 1, () => { const t = performance.now(); findFormMentions(text, gp.matcher); return performance.now() - t; });
  const matcherMbPerSecond = +(mb / (median(match) / 1000)).toFixed(2);
  const perArticle = speed.bytes / o.speedArticles;
  const memory = o.memoryMb.map((target) => {
    const n = Math.round((target * 1e6) / perArticle);
    const { bytes } = corpusFolder(n);
    const r = childRun(n, 1);
    console.error(`pipeline bench: ${n} articles (${(bytes / 1e6).toFixed(1)} MB) in-process: ${r.seconds.toFixed(1)} s, peak RSS ${Math.round(r.maxRssMb)} MB`);
    return { articles: n, mb: +(bytes / 1e6).toFixed(1), seconds: +r.seconds.toFixed(1), mbPerSecond: +(bytes / 1e6 / r.seconds).toFixed(2), peakRssMb: Math.round(r.maxRssMb) };
  });
  // Matcher vs plain scan on the same text sample and the same form list.
  let sample = seedTexts().join('\n');
  while (sample.length * 3 < o.matcherSampleBytes) sample += sample;
  const forms = [...gp.gaz.forms.keys()].filter((f) => f.length >= 2);
  const trie = await repeat(5, 1, () => { const t = performance.now(); findFormMentions(sample, gp.matcher); return performance.now() - t; });
  const plain = await repeat(3, 0, () => { const t = performance.now(); plainScan(sample, forms); return performance.now() - t; });
  return {
    speed: { articles: o.speedArticles, mb: +mb.toFixed(2), workers, speedup2Workers: ratio(workers[0].seconds, workers.at(-1)!.seconds), matcherFloorMbPerSecond: matcherMbPerSecond },
    memory,
    matcher: { sampleChars: sample.length, forms: forms.length, trieMs: +median(trie).toFixed(1), plainMs: +median(plain).toFixed(1), plainOverTrie: ratio(median(plain), median(trie)) },
  };
}
