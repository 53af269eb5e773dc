import { beforeAll, describe, expect, it } from 'vitest';
import { testGeoparser } from '../../../test/pipeline/testGeoparser.ts';
import { validatePlaces, validateReport } from '../../contract/index.ts';
import type { Geoparser } from '../geoparser.ts';
import { buildReport } from './buildReport.ts';
import { collectPlaces } from './collectPlaces.ts';
import { processOne } from '../run/cacheEntry.ts';
import type { FileMentions } from '../types.ts';

let gp: Geoparser;
beforeAll(async () => { gp = await testGeoparser(); }, 120_000);

/** The real per-file step's outcome, as the merge receives it. */
const run = (file: string, text: string): FileMentions => {
  const r = processOne(gp, { file, bytes: new TextEncoder().encode(text) });
  return { file, text: r.text!, mentions: r.mentions! };
};

describe('collectPlaces and buildReport', () => {
  it('merges mentions of one unit across files into one valid feature with original offsets', () => {
    const a = run('a.txt', '<p>包头市&nbsp;青山区</p>');
    const b = run('b.txt', '内蒙古包头市青山区');
    const features = collectPlaces(gp.gaz, [a, b]);
    expect(validatePlaces({ type: 'FeatureCollection', features })).toEqual([]);
    const qs = features.find((f) => f.id === 'c150204000000')!;
    expect(qs.properties.mentions.map((m) => m.file)).toEqual(['a.txt', 'b.txt']);
    for (const m of qs.properties.mentions) {
      const text = m.file === 'a.txt' ? a.text : b.text;
      expect(text.slice(m.start, m.end)).toBe(m.surface);
    }
    expect(qs.properties.path.map((p) => p.name)).toEqual(['包头市', '青山区']);
  });
  it('reports every mention that is not a confident place, with context and counts', () => {
    const d = run('c.txt', '团结社区的居民和北京的游客。全区共有多少人。');
    const report = buildReport([{ file: 'c.txt', status: 'ok', bytes: 10 }], [d]);
    const statuses = report.mentions.map((m) => m.status).sort();
    expect(statuses).toEqual(['generic', 'outside', 'unresolved']);
    expect(report.mentions.find((m) => m.status === 'outside')?.context).toBe('团结社区的居民和北京的游客。');
    expect(report.counts.mentions).toBe(3);
  });
  it('lists every doubtful place with its rule, confidence and context, whatever its confidence, and flags the place', () => {
    const d = run('d.txt', '临河的夏天瓜果飘香。巴彦淖尔市临河区举办节会。记者在二连采访。');
    const report = buildReport([{ file: 'd.txt', status: 'ok', bytes: 10 }], [d]);
    expect(validateReport(report)).toEqual([]);
    const erlian = report.mentions.find((m) => m.surface === '二连')!;
    expect(erlian).toMatchObject({ status: 'doubtful', rule: 'exact+alias', code: '152501000000', context: '记者在二连采访。' });
    expect(erlian.confidence).toBeGreaterThanOrEqual(0.7);
    expect(report.counts['mentions:doubtful']).toBe(2);
    const features = collectPlaces(gp.gaz, [d]);
    expect(validatePlaces({ type: 'FeatureCollection', features })).toEqual([]);
    // 临河 alone is doubtful, but 临河区 written in full in the same text confirms the district.
    expect(features.find((f) => f.properties.code === '150802000000')?.properties.doubtful).toBe(false);
    expect(features.find((f) => f.properties.code === '152501000000')?.properties.doubtful).toBe(true);
  });
  it('refuses a report whose mention has an unknown status or no rule', () => {
    const bad = { files: [], counts: {}, mentions: [{ file: 'a', start: 0, end: 2, surface: '二连', context: '', reason: '', rule: 'x', status: 'maybe' }] };
    expect(validateReport(bad).join()).toMatch(/bad status maybe/);
    const noRule = { ...bad, mentions: [{ ...bad.mentions[0], status: 'doubtful', rule: undefined }] };
    expect(validateReport(noRule).join()).toMatch(/rule missing/);
  });
});
