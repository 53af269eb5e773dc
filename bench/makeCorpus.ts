/**
 * Deterministic synthetic archive for benchmarks: seed paragraphs recombined with place chains drawn from the whole gazetteer.
 * The same (count, seed) always gives the same articles, so runs compare like with like.
 */
import type { Unit } from '../src/gazetteer/index.ts';

export interface CorpusOptions {
  /** Number of articles. */
  articles: number;
  /** PRNG seed. */
  seed: number;
  /** Paragraphs per article (inclusive range). */
  paragraphs: [number, number];
}

export const CORPUS_DEFAULTS: CorpusOptions = { articles: 1000, seed: 42, paragraphs: [3, 8] };

/** mulberry32: tiny, fast and good enough to pick paragraphs reproducibly. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Body paragraphs of the seed pages: long enough to be prose, not headlines or bylines. */
export function seedParagraphs(texts: string[]): string[] {
  return texts
    .flatMap((t) => t.split(/\n\s*\n/))
    .map((p) => p.trim())
    .filter((p) => p.length >= 40 && !p.startsWith('□') && !p.startsWith('◎'));
}

/** A chain such as 兴安盟科尔沁右翼前旗某镇某嘎查, from a unit's path. */
function chainOf(unit: Unit): string {
  return unit.path.map((s) => s.name).join('');
}

/** Yields `articles` synthetic {file, text} records. */
export function* makeCorpus(
  texts: string[], units: Unit[], options: Partial<CorpusOptions> = {},
): Generator<{ file: string; text: string }> {
  const o = { ...CORPUS_DEFAULTS, ...options };
  const rand = prng(o.seed);
  const paras = seedParagraphs(texts);
  const villages = units.filter((u) => u.level === 'village' || u.level === 'township');
  if (!paras.length || !villages.length) throw new Error('makeCorpus: no seed paragraphs or no units');
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  for (let i = 0; i < o.articles; i++) {
    const place = pick(villages);
    const n = o.paragraphs[0] + Math.floor(rand() * (o.paragraphs[1] - o.paragraphs[0] + 1));
    const body = Array.from({ length: n }, () => pick(paras));
    const lead = `${chainOf(place)}党支部书记带领群众，建成积分超市1处，帮助${10 + Math.floor(rand() * 990)}户增收。`;
    const text = `${place.shortName}：党建引领促发展\n\n□本报记者 张明\n\n${lead}\n\n${body.join('\n\n')}\n`;
    yield { file: `synthetic_${String(i).padStart(6, '0')}.txt`, text };
  }
}
