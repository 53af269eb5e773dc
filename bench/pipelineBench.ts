/**
 * Pipeline benchmark: full-pipeline throughput (MB/s, one core) on synthetic archives of growing size, and the
 * trie matcher against a plain indexOf scan for the same names, measured side by side in one process.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadGazetteer } from '../src/gazetteer/index.ts';
import { defaultGeoparser, runPipeline } from '../src/pipeline/run.ts';
import { findFormMentions } from '../src/pipeline/findMentions.ts';
import { makeCorpus } from './makeCorpus.ts';
import { median, ratio, repeat } from './stats.ts';

export const PIPELINE_BENCH_DEFAULTS = { sizes: [1000, 2500, 5000, 10000], runs: 3, matcherSampleBytes: 1_000_000 };

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
    const { dir, bytes } = corpusFolder(n);
    const secs = await repeat(o.runs, 0, () => runPipeline({ input: dir, out: `bench/out/result-${n}`, geoparser: gp }).seconds);
    const s = median(secs);
    sizes.push({ articles: n, mb: +(bytes / 1e6).toFixed(2), seconds: +s.toFixed(2), mbPerSecond: +(bytes / 1e6 / s).toFixed(2), usPerKb: +((s * 1e6) / (bytes / 1e3)).toFixed(1) });
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
