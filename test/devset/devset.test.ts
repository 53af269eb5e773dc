/**
 * Quality on the development set: 30 real articles the rules were not written from (../shared/devset, outside the
 * project), scored against the hand gold in test/fixtures/devset/. Prints every miss and asserts issue 12's targets.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Initiative, PlaceCollection } from '../../src/contract/index.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import { testGeoparser } from '../pipeline/testGeoparser.ts';
import { loadDevsetGold, scoreDevset } from './devsetScore.ts';

const TEXTS = resolve('../shared/devset/texts');
const present = existsSync(TEXTS);
if (!present) console.warn(`devset: ${TEXTS} is absent on this machine, so development-set quality is NOT measured (tests skipped, not passed)`);

/** What issue 12 asks of text nobody tuned the rules to. */
const TARGET = { placePrecision: 0.95, placeRecall: 0.95, headlines: 0.95, categories: 0.9, figureRecall: 0.92, figurePrecision: 0.92, figurePlace: 0.85, hedges: 0.95 };

let score: ReturnType<typeof scoreDevset>;
beforeAll(async () => {
  if (!present) return;
  const out = mkdtempSync(join(tmpdir(), 'nmg-devset-'));
  await runPipeline({ input: TEXTS, out, geoparser: await testGeoparser() });
  const places = JSON.parse(readFileSync(join(out, 'places.geojson'), 'utf8')) as PlaceCollection;
  const initiatives = JSON.parse(readFileSync(join(out, 'initiatives.json'), 'utf8')) as Initiative[];
  const texts = new Map(readdirSync(TEXTS).map((f) => [f, readFileSync(join(TEXTS, f), 'utf8')]));
  score = scoreDevset(loadDevsetGold(), places, initiatives, texts);
  for (const m of score.misses) console.log(`  ${m}`);
  const { misses: _, ...rates } = score;
  console.log(`devset: ${JSON.stringify(rates)}`);
}, 120_000);

describe.skipIf(!present)('development set (../shared/devset) against its hand gold', () => {
  const value = (k: keyof typeof TARGET): number => {
    const v = score[k];
    return typeof v === 'number' ? v : v.rate;
  };
  for (const k of Object.keys(TARGET) as (keyof typeof TARGET)[]) {
    it(`${k} is at least ${TARGET[k]}`, () => {
      console.log(`${k}: ${value(k).toFixed(3)} (target ${TARGET[k]})`);
      expect(value(k)).toBeGreaterThanOrEqual(TARGET[k]);
    });
  }
});
