/**
 * Gold evaluation: the pipeline on seeds/ against test/fixtures/gold-places.csv. Precision and recall of
 * (file, code) pairs for kind=place must each reach 0.95; not-place and outside names must not be on the map.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlaceCollection } from '../../src/contract/index.ts';
import { runPipeline } from '../../src/pipeline/run/run.ts';
import { testGeoparser } from './testGeoparser.ts';
import { parseGold, scoreGold } from './goldScore.ts';

const TARGET = 0.95;
let score: ReturnType<typeof scoreGold>;

beforeAll(async () => {
  const geoparser = await testGeoparser();
  const out = mkdtempSync(join(tmpdir(), 'nmg-gold-'));
  await runPipeline({ input: 'seeds', out, geoparser });
  const places = JSON.parse(readFileSync(join(out, 'places.geojson'), 'utf8')) as PlaceCollection;
  const texts = new Map(readdirSync('seeds').map((f) => [f, readFileSync(join('seeds', f), 'utf8')]));
  score = scoreGold(parseGold(readFileSync('test/fixtures/gold-places.csv', 'utf8')), places.features, texts);
  console.log(`gold: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}`);
  for (const m of score.misses) console.log(`  miss: ${m}`);
  for (const f of score.falsePositives) console.log(`  false positive: ${f}`);
  for (const t of score.trapViolations) console.log(`  trap: ${t}`);
}, 60_000);

describe('gold places of the seed pages', () => {
  it(`precision of (file, code) pairs is at least ${TARGET}`, () => {
    expect(score.precision).toBeGreaterThanOrEqual(TARGET);
  });
  it(`recall of (file, code) pairs is at least ${TARGET}`, () => {
    expect(score.recall).toBeGreaterThanOrEqual(TARGET);
  });
  it('puts no not-place or outside name on the map', () => {
    expect(score.trapViolations).toEqual([]);
  });
});

describe('gold places of the seed pages copied from the web in traditional characters', () => {
  it(`keeps precision and recall at least ${TARGET}`, async () => {
    const OpenCC = await import('opencc-js');
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const dir = mkdtempSync(join(tmpdir(), 'nmg-gold-tw-'));
    mkdirSync(join(dir, 'in'));
    const texts = new Map<string, string>();
    for (const f of readdirSync('seeds')) {
      // Each paragraph as HTML with entities and footnote marks, as a browser copy or a scrape gives it.
      const html = readFileSync(join('seeds', f), 'utf8').split(/\n+/).map((p, i) => `<p class="c">${toTraditional(p).replace(/,/g, '，')}${i % 3 ? '' : '[1]'}</p>&nbsp;`).join('\n');
      writeFileSync(join(dir, 'in', f), html);
      texts.set(f, html);
    }
    await runPipeline({ input: join(dir, 'in'), out: join(dir, 'out'), geoparser: await testGeoparser() });
    const places = JSON.parse(readFileSync(join(dir, 'out', 'places.geojson'), 'utf8')) as PlaceCollection;
    const tw = scoreGold(parseGold(readFileSync('test/fixtures/gold-places.csv', 'utf8')), places.features, texts);
    console.log(`gold (traditional, HTML): precision ${tw.precision.toFixed(3)}, recall ${tw.recall.toFixed(3)}`);
    for (const m of tw.misses) console.log(`  miss: ${m}`);
    for (const f of tw.falsePositives) console.log(`  false positive: ${f}`);
    expect(tw.precision).toBeGreaterThanOrEqual(TARGET);
    expect(tw.recall).toBeGreaterThanOrEqual(TARGET);
  }, 120_000);
});
