import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlaceCollection } from '../../src/contract/index.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import { CORRECTIONS_HEADER, formatCorrection, type Correction } from '../../src/pipeline/resolve/corrections.ts';
import { correctionsPath } from '../../src/pipeline/run/readCorrections.ts';
import { DALAT, occurrences, ORDOS, reviewFolder, SHULINZHAO } from './fixtures.ts';

const [brand] = occurrences('herder.txt', '鄂尔多斯');
const reject: Correction = { file: 'herder.txt', start: brand, end: brand + 4, surface: '鄂尔多斯', decision: 'reject', code: ORDOS, scope: { kind: 'mention' }, note: 't' };
const [bare] = occurrences('training.txt', '树林召');
const assign: Correction = { file: 'training.txt', start: bare, end: bare + 3, surface: '树林召', decision: 'assign', code: SHULINZHAO, scope: { kind: 'surface', within: DALAT }, note: 't' };
const write = (input: string, rows: string[]) => writeFileSync(correctionsPath(input), `${[CORRECTIONS_HEADER, ...rows].join('\n')}\n`);
const places = (out: string) => JSON.parse(readFileSync(join(out, 'places.geojson'), 'utf8')) as PlaceCollection;
const mentionsOf = (out: string, code: string) => places(out).features.find((f) => f.properties.code === code)?.properties.mentions ?? [];

describe('corrections in a pipeline run', () => {
  it('redoes exactly the articles a new decision can touch, and applies it', async () => {
    const { input, out } = reviewFolder();
    const cache = join(out, '.cache');
    expect((await runPipeline({ input, out, cache, workers: 1 })).cached).toBe(0);
    expect(mentionsOf(out, ORDOS).some((m) => m.file === 'herder.txt')).toBe(true);

    write(input, [formatCorrection(reject)]);
    const one = await runPipeline({ input, out, cache, workers: 1 });
    expect(one.cached).toBe(2);
    expect(mentionsOf(out, ORDOS).some((m) => m.file === 'herder.txt')).toBe(false);

    write(input, [formatCorrection(reject), formatCorrection(assign)]);
    const two = await runPipeline({ input, out, cache, workers: 1 });
    expect(two.cached).toBe(1);
    expect(mentionsOf(out, SHULINZHAO).filter((m) => m.surface === '树林召')).toHaveLength(4);
    expect(mentionsOf(out, ORDOS).some((m) => m.file === 'herder.txt')).toBe(false);
  });

  it('applies corrections in worker threads exactly as in-process, and reports malformed rows by line', async () => {
    const a = reviewFolder();
    const b = reviewFolder();
    for (const d of [a, b]) write(d.input, [formatCorrection(reject), 'herder.txt,1,2,乌,maybe,,mention,x', formatCorrection(assign)]);
    const here = await runPipeline({ input: a.input, out: a.out, workers: 1 });
    await runPipeline({ input: b.input, out: b.out, workers: 2 });
    expect(readFileSync(join(b.out, 'places.geojson'), 'utf8')).toBe(readFileSync(join(a.out, 'places.geojson'), 'utf8'));
    expect(here.corrections).toEqual({ rows: 2, errors: [{ line: 3, message: 'unknown decision "maybe" (confirm, assign or reject)' }] });
    const report = JSON.parse(readFileSync(join(a.out, 'report.json'), 'utf8')) as { counts: Record<string, number> };
    expect(report.counts).toMatchObject({ corrections: 2, 'corrections:malformed': 1 });
  });
});
