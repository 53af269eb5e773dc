/**
 * Every embed example in README.md shows at least one place in the seeds' output (public/data, written by
 * `npm run data`; a fresh checkout without it runs the pipeline on seeds/ here).
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../app/defaults.ts';
import { visibleFor } from '../app/filter.ts';
import type { AtlasData } from '../app/types.ts';
import { indexedRecords } from '../app/indexedRecords.ts';
import { runPipeline } from '../pipeline/index.ts';
import { testGeoparser } from '../../test/pipeline/testGeoparser.ts';
import { readmeExamples } from './readmeExamples.ts';

const README = readFileSync('README.md', 'utf8');
let data: AtlasData;

beforeAll(async () => {
  let dir = 'public/data';
  if (!existsSync(join(dir, 'initiatives.json'))) {
    dir = mkdtempSync(join(tmpdir(), 'nmg-readme-'));
    await runPipeline({ input: 'seeds', out: dir, geoparser: await testGeoparser() });
  }
  const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const none = { type: 'FeatureCollection', features: [] } as unknown as AtlasData['leagues'];
  const places = read('places.geojson');
  data = { places, ...indexedRecords(read('initiatives.json'), places), rollups: {}, leagues: none, counties: none, units: [] };
}, 120_000);

describe('the README embed examples', () => {
  const examples = readmeExamples(README, DEFAULTS);

  it('are all found: two iframes, a data element, a mount call, a setState call and a custom element', () => {
    expect(examples.map((e) => e.kind).sort()).toEqual(['custom-element', 'data-element', 'iframe', 'iframe', 'mount', 'setState']);
    // The parser reads what the README says, not defaults: the first iframe narrows the categories.
    expect(examples[0].state.region).toBe('152200000000');
    expect(examples[0].state.categories.length).toBe(1);
  });

  it('each show at least one place', () => {
    for (const e of examples) expect(visibleFor(data, e.state).places.length, e.source).toBeGreaterThan(0);
  });

  it('would catch an empty example (兴安盟 with elderly care shows nothing)', () => {
    const empty = readmeExamples('## Embed the map\n<iframe src="https://a.example/embed.html?region=152200000000&amp;categories=elderly-care"></iframe>\n', DEFAULTS);
    expect(empty).toHaveLength(1);
    expect(visibleFor(data, empty[0].state).places).toEqual([]);
  });
});
