/**
 * A .csv or .jsonl archive runs through the row spill: its texts wait in a file of the run's own temporary folder,
 * read back by the main process and by worker processes. The same rows give the same bytes as CSV, as JSON Lines
 * and with two workers; rows after a bad one and a repeated text are handled as promised; nothing is left behind.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/contract/index.ts';
import { runPipeline } from '../../src/pipeline/run/run.ts';
import { outputFiles } from './outputFiles.ts';
import { testGeoparser } from './testGeoparser.ts';

const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join('seeds', f), 'utf8'));
/** Rows with a bad one first, a bad date, a repeated text (spaces around it) and a non-http URL among good ones. */
const ROWS = [
  { id: 'r0', date: '2024-01-02', text: '' },
  { id: 'r1', date: '2024-01-02', url: 'https://example.org/r1', text: seeds[0] },
  { id: 'r2', date: '去年冬天', text: seeds[1] },
  { id: 'r3', date: '2024-03', text: `  ${seeds[0]}\n` },
  { id: 'r4', url: 'mailto:desk@example.org', text: seeds[2] },
  { id: 'r5', date: '2023', text: seeds[3] },
  { id: 'r6', text: seeds[4] },
];
const quote = (s = '') => `"${s.replace(/"/g, '""')}"`;

const work = mkdtempSync(join(tmpdir(), 'nmg-archive-spill-'));
/** The runs' TMPDIR: whatever a run leaves behind would show here. */
const scratch = mkdtempSync(join(work, 'tmp-'));
const saved = process.env.TMPDIR;
const out = (name: string) => join(work, name);

beforeAll(async () => {
  writeFileSync(join(work, 'a.csv'), ['id,date,url,text', ...ROWS.map((r) => [r.id, r.date ?? '', r.url ?? '', quote(r.text)].join(','))].join('\n'));
  writeFileSync(join(work, 'a.jsonl'), ROWS.map((r) => JSON.stringify(r)).join('\n'));
  writeFileSync(join(work, 'no-text.csv'), 'id,body\n1,包头市\n');
  const gp = await testGeoparser();
  process.env.TMPDIR = scratch;
  await runPipeline({ input: join(work, 'a.csv'), out: out('csv'), geoparser: gp, workers: 1 });
  await runPipeline({ input: join(work, 'a.csv'), out: out('csv2'), geoparser: gp, workers: 2 });
  await runPipeline({ input: join(work, 'a.jsonl'), out: out('jsonl2'), geoparser: gp, workers: 2 });
  await expect(runPipeline({ input: join(work, 'no-text.csv'), out: out('refused'), geoparser: gp, workers: 1 })).rejects.toThrow(/no "text" column/);
}, 240_000);
afterAll(() => { process.env.TMPDIR = saved; });

describe('an archive through the row spill', () => {
  it('writes the same bytes as CSV and JSON Lines, in-process and with two worker processes', () => {
    const one = outputFiles(out('csv'));
    expect([...one.keys()].sort()).toEqual(['.nmg-atlas-outputs.json', 'initiatives.json', 'places.geojson', 'report.json', 'rollups.json', ...['r1', 'r2', 'r4', 'r5', 'r6'].map((id) => join('sources', `${id}.txt`))]);
    for (const other of ['csv2', 'jsonl2']) {
      const files = outputFiles(out(other));
      expect([...files.keys()].sort(), other).toEqual([...one.keys()].sort());
      for (const [f, bytes] of one) expect(files.get(f)!.equals(bytes), `${other}/${f}`).toBe(true);
    }
  });

  it('reads every row after a bad one back whole, and processes a repeated text once with all its ids reported', () => {
    for (const [id, k] of [['r1', 0], ['r2', 1], ['r4', 2], ['r5', 3], ['r6', 4]] as const) {
      expect(readFileSync(join(out('csv2'), 'sources', `${id}.txt`), 'utf8'), id).toBe(seeds[k]);
    }
    const report = JSON.parse(readFileSync(join(out('csv2'), 'report.json'), 'utf8')) as Report;
    expect(report.rows!.map((r) => `${r.row} ${r.id} ${r.field}`)).toEqual(['1 r0 text', '3 r2 date', '4 r3 text', '5 r4 url']);
    expect(report.rows![2].message).toMatch(/processed once as "r1" \(r1\.txt\); ids with this text: "r1" \(row 2\), "r3" \(row 4\)/);
    const its = JSON.parse(readFileSync(join(out('csv2'), 'initiatives.json'), 'utf8')) as { file: string; source: { date: string | null; url: string | null } }[];
    expect(its.find((i) => i.file === 'r1.txt')?.source).toMatchObject({ date: '2024-01-02', url: 'https://example.org/r1' });
    expect(its.find((i) => i.file === 'r5.txt')?.source).toMatchObject({ date: '2023', url: null });
  });

  it('leaves no spill or temporary folder behind, after a finished run or a refused archive', () => {
    // tsx-<uid> is the TypeScript loader's own compile cache, made by the worker processes it starts.
    expect(readdirSync(scratch).filter((n) => !/^tsx-\d+$/.test(n))).toEqual([]);
  });
});
