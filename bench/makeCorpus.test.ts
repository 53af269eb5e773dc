import { describe, expect, it } from 'vitest';
import { makeCorpus, prng, seedParagraphs } from './makeCorpus.ts';
import type { Unit } from '../src/gazetteer/index.ts';

const unit = (code: string, name: string, level: Unit['level']): Unit => ({
  code, name, shortName: name, level, parentCode: null, lon: 0, lat: 0, precision: 'exact', source: 'test', forms: [],
  path: [{ code, name, level }],
});
const texts = ['标题\n\n□本报记者 某某\n\n' + '这是一段足够长的正文，用来测试合成语料的生成是否确定并且可以重复，内容不重要。'.repeat(2)];
const units = [unit('150000000001', '甲镇', 'township'), unit('150000000002', '乙村', 'village')];

describe('makeCorpus', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const a = [...makeCorpus(texts, units, { articles: 20, seed: 1 })];
    const b = [...makeCorpus(texts, units, { articles: 20, seed: 1 })];
    const c = [...makeCorpus(texts, units, { articles: 20, seed: 2 })];
    expect(a).toEqual(b);
    expect(a.map((x) => x.text).join()).not.toEqual(c.map((x) => x.text).join());
  });
  it('makes the requested number of articles, each naming a gazetteer place', () => {
    const xs = [...makeCorpus(texts, units, { articles: 7 })];
    expect(xs).toHaveLength(7);
    for (const x of xs) expect(/甲镇|乙村/.test(x.text)).toBe(true);
  });
  it('drops bylines and short lines from the paragraph pool', () => {
    expect(seedParagraphs(texts).every((p) => !p.startsWith('□') && p.length >= 40)).toBe(true);
  });
  it('prng stays in [0, 1)', () => {
    const r = prng(9);
    for (let i = 0; i < 1000; i++) { const v = r(); expect(v >= 0 && v < 1).toBe(true); }
  });
});
