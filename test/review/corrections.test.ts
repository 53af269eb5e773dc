import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CORRECTIONS_HEADER, formatCorrection, parseCorrections, type Correction } from '../../src/pipeline/resolve/corrections.ts';
import { appendCorrections, correctionsPath, readCorrections, staleCorrections } from '../../src/review/correctionsStore.ts';

const run = promisify(execFile);
const folder = () => mkdtempSync(join(tmpdir(), 'nmg-corrections-'));
const row = (over: Partial<Correction> = {}): Correction => ({
  file: 'a.txt', start: 3, end: 5, surface: '乌达', decision: 'reject', code: null, scope: { kind: 'mention' }, note: 'editor 2026-12-02', ...over,
});

describe('corrections file', () => {
  it('reads back what it writes, quotes, commas and line breaks in the note included', () => {
    const rows = [row(), row({ decision: 'assign', code: '150621100000', surface: '树林召', start: 10, end: 13, scope: { kind: 'surface', within: '150621000000' }, note: 'ed, "A"\nsecond line' })];
    const parsed = parseCorrections(`${CORRECTIONS_HEADER}\n${rows.map(formatCorrection).join('\n')}\n`);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map(({ line: _l, ...r }) => r)).toEqual(rows);
    expect(parsed.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('reports every malformed row with its line number and keeps the good ones', () => {
    const text = [
      CORRECTIONS_HEADER,
      'a.txt,3,5,乌达,reject,,mention,"note over',
      'two lines"',
      'a.txt,5,3,乌达,reject,,mention,x',
      'a.txt,3,5,乌达,maybe,,mention,x',
      'b.txt,0,3,树林召,assign,,surface:150621000000,x',
      'b.txt,0,3,树林召,assign,150621100000,everywhere,x',
      'b.txt,0,2,树林召,reject,,mention,x',
      'c.txt,1,2',
      'c.txt,1,3,达旗,confirm,150621000000,mention,ok',
    ].join('\n');
    const { rows, errors } = parseCorrections(text);
    expect(rows.map((r) => [r.file, r.line])).toEqual([['a.txt', 2], ['c.txt', 10]]);
    expect(errors.map((e) => e.line)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(errors[0].message).toMatch(/bad span/);
    expect(errors[1].message).toMatch(/unknown decision/);
    expect(errors[2].message).toMatch(/assign without a code/);
    expect(errors[3].message).toMatch(/bad scope/);
    expect(errors[4].message).toMatch(/does not fit/);
    expect(errors[5].message).toMatch(/expected 8 fields/);
  });

  it('says when the header is wrong', () => {
    expect(parseCorrections('file,start\n').errors).toEqual([{ line: 1, message: `header must be ${CORRECTIONS_HEADER}` }]);
  });

  it('keeps a malformed row written by hand when a decision is appended after it', async () => {
    const dir = folder();
    writeFileSync(correctionsPath(dir), `${CORRECTIONS_HEADER}\nbroken row`);
    await appendCorrections(dir, [row()]);
    expect(readFileSync(correctionsPath(dir), 'utf8')).toBe(`${CORRECTIONS_HEADER}\nbroken row\n${formatCorrection(row())}\n`);
    const read = readCorrections(dir);
    expect(read.errors).toEqual([{ line: 2, message: 'expected 8 fields, found 1' }]);
    expect(read.rows).toHaveLength(1);
  });

  it('loses nothing when two tabs append at once', async () => {
    const dir = folder();
    const chain = async (tag: string) => { for (let i = 0; i < 15; i++) await appendCorrections(dir, [row({ file: `${tag}.txt`, note: `${tag} ${i}` })]); };
    await Promise.all([chain('left'), chain('right')]);
    const { rows, errors } = readCorrections(dir);
    expect(errors).toEqual([]);
    expect(rows.filter((r) => r.file === 'left.txt').map((r) => r.note)).toEqual(Array.from({ length: 15 }, (_, i) => `left ${i}`));
    expect(rows.filter((r) => r.file === 'right.txt')).toHaveLength(15);
  });

  it('loses nothing when two processes append at once', async () => {
    const dir = folder();
    const child = join(import.meta.dirname, 'appendChild.ts');
    await Promise.all(['p1', 'p2'].map((tag) => run(process.execPath, ['--import', 'tsx', child, dir, tag, '12'])));
    const { rows, errors } = readCorrections(dir);
    expect(errors).toEqual([]);
    for (const tag of ['p1', 'p2']) expect(rows.filter((r) => r.file === `${tag}.txt`).map((r) => r.start)).toEqual(Array.from({ length: 12 }, (_, i) => i));
  }, 30_000);

  it('reports a decision whose article was deleted or changed since, without failing', () => {
    const texts: Record<string, string> = { 'a.txt': '牧民乌达木说', 'b.txt': '牧民巴特尔说' };
    const rows = [row({ start: 2, end: 4 }), row({ file: 'b.txt', start: 2, end: 4 }), row({ file: 'gone.txt', line: 4 }), row({ scope: { kind: 'surface', within: '150304000000' }, file: 'gone.txt' })];
    expect(staleCorrections(rows, (f) => texts[f])).toEqual([
      { line: undefined, file: 'b.txt', message: 'b.txt no longer has "乌达" at 2–4' },
      { line: 4, file: 'gone.txt', message: 'article gone.txt is no longer in the input' },
    ]);
  });
});
