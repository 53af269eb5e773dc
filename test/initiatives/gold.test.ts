/**
 * Measures the initiative steps against the independent gold annotation of the seed pages
 * (test/fixtures/gold-items.json) and prints every miss, so regressions are visible.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Initiative } from '../../src/contract/index.ts';
import { buildInitiatives } from '../../src/pipeline/initiatives/buildInitiatives.ts';
import { splitItems } from '../../src/pipeline/items/splitItems.ts';
import { matchFigures, matchItem, type GoldItem } from './goldMatch.ts';
import { seedDoc } from './seedDocs.ts';

const GOLD = new URL('../fixtures/gold-items.json', import.meta.url);

describe('initiatives against the gold annotation of the seeds', () => {
  it('has a gold annotation to measure against', () => {
    expect(existsSync(GOLD), 'test/fixtures/gold-items.json is missing').toBe(true);
  });
  if (!existsSync(GOLD)) return;
  const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as GoldItem[];
  const files = [...new Set(gold.map((g) => g.file))];
  const predicted: Initiative[] = files.flatMap((file) => {
    const doc = seedDoc(file);
    return buildInitiatives(doc, splitItems(doc.clean), [], () => null);
  });
  const used = new Set<Initiative>();
  const pairs = gold.map((g) => ({ g, p: matchItem(g, predicted, used) }));

  it('finds at least 95% of the items with the right kind', () => {
    const misses = pairs.filter(({ g, p }) => !p || p.kind !== g.kind);
    for (const { g, p } of misses) console.log(`item miss ${g.file} ${g.kind} «${g.title}» → ${p ? `${p.kind} «${p.title}»` : 'not found'}`);
    const rate = 1 - misses.length / gold.length;
    console.log(`items: ${gold.length - misses.length}/${gold.length} = ${rate.toFixed(3)} (predicted ${predicted.length})`);
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });

  it('agrees on the category for at least 80% of the matched items', () => {
    const matched = pairs.filter(({ p }) => p);
    const wrong = matched.filter(({ g, p }) => p!.category !== g.category);
    for (const { g, p } of wrong) console.log(`category miss ${g.file} «${g.title}»: gold ${g.category}, got ${p!.category} [${p!.secondaryCategories}]`);
    const rate = 1 - wrong.length / matched.length;
    console.log(`categories: ${matched.length - wrong.length}/${matched.length} = ${rate.toFixed(3)}`);
    expect(rate).toBeGreaterThanOrEqual(0.8);
  });

  it('recalls at least 90% of the figures with at least 85% precision', () => {
    let goldCount = 0;
    let predCount = 0;
    let matched = 0;
    for (const file of files) {
      const g = gold.filter((x) => x.file === file).flatMap((x) => x.figures ?? []);
      const p = predicted.filter((x) => x.file === file).flatMap((x) => x.figures);
      const m = matchFigures(g, p);
      goldCount += g.length;
      predCount += p.length;
      matched += m.matched;
      for (const f of m.missed) console.log(`figure missed ${file}: ${f.text} = ${f.value} ${f.unit}`);
      for (const f of m.extra) console.log(`figure extra  ${file}: ${f.text} = ${f.value}`);
    }
    const recall = goldCount ? matched / goldCount : 1;
    const precision = predCount ? matched / predCount : 1;
    console.log(`figures: recall ${matched}/${goldCount} = ${recall.toFixed(3)}, precision ${matched}/${predCount} = ${precision.toFixed(3)}`);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.85);
  });
});
