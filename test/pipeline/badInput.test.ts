/**
 * Bad input never crashes the pipeline: empty, binary, GB18030, UTF-16, HTML with scripts and a 20 MB file in
 * one folder; readable files are still processed and every mention's surface is the original text at its span.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlaceCollection, Report } from '../../src/contract/index.ts';
import type { Geoparser } from '../../src/pipeline/geoparser.ts';
import { InputError } from '../../src/pipeline/run/inputError.ts';
import { runPipeline, type RunSummary } from '../../src/pipeline/run/run.ts';
import { testGeoparser } from './testGeoparser.ts';

let gp: Geoparser;
let dir: string;
let out: string;
let summary: RunSummary;
const read = <T>(f: string): T => JSON.parse(readFileSync(join(out, f), 'utf8')) as T;

function utf16le(s: string): Uint8Array {
  const b = Buffer.from(s, 'utf16le');
  return new Uint8Array([0xff, 0xfe, ...b]);
}

beforeAll(async () => {
  gp = await testGeoparser();
  dir = mkdtempSync(join(tmpdir(), 'nmg-bad-'));
  out = join(dir, 'out');
  const input = join(dir, 'in');
  mkdirSync(input);
  writeFileSync(join(input, 'empty.txt'), '');
  writeFileSync(join(input, 'binary.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]));
  // 在包头市 in GB18030.
  writeFileSync(join(input, 'gb.txt'), new Uint8Array([0xd4, 0xda, 0xb0, 0xfc, 0xcd, 0xb7, 0xca, 0xd0]));
  writeFileSync(join(input, 'utf16.txt'), utf16le('记者走进兴安盟突泉县。'));
  writeFileSync(join(input, 'page.txt'), '<html><head><script>var s = "<p>赤峰市</p>"; if (a < b) {}</script></head>'
    + '<body><p>在通辽市&nbsp;科尔沁区红星街道</p><p>&lt;b&gt;阿拉善盟&amp;</p></body></html>');
  writeFileSync(join(input, 'notes.md'), '包头市 (not a .txt file)');
  const seeds = readdirSync('seeds').map((f) => readFileSync(join('seeds', f), 'utf8')).join('\n\n');
  writeFileSync(join(input, 'big.txt'), seeds.repeat(Math.ceil(20e6 / Buffer.byteLength(seeds))));
  summary = await runPipeline({ input, out, geoparser: gp });
}, 300_000);

describe('bad input', () => {
  it('skips the binary file with a clear message and processes the rest', () => {
    const report = read<Report>('report.json');
    const byFile = new Map(report.files.map((f) => [f.file, f]));
    expect(byFile.get('binary.txt')).toMatchObject({ status: 'skipped' });
    expect(byFile.get('binary.txt')?.message).toMatch(/binary/);
    expect(byFile.get('empty.txt')).toMatchObject({ status: 'ok', message: 'empty file' });
    expect(byFile.get('gb.txt')).toMatchObject({ status: 'ok', encoding: 'gb18030' });
    expect(byFile.get('utf16.txt')).toMatchObject({ status: 'ok', encoding: 'utf-16le' });
    expect(byFile.has('notes.md')).toBe(false);
    expect(summary.skipped).toBe(1);
  });
  it('finds places in GB18030, UTF-16 and HTML text, but not inside scripts', () => {
    const places = read<PlaceCollection>('places.geojson');
    const filesOf = (code: string) => new Set(places.features.find((f) => f.properties.code === code)?.properties.mentions.map((m) => m.file));
    expect(filesOf('150200000000').has('gb.txt')).toBe(true);
    expect(filesOf('152224000000').has('utf16.txt')).toBe(true);
    expect(filesOf('150502009000').has('page.txt')).toBe(true);
    expect(filesOf('152900000000').has('page.txt')).toBe(true);
    expect(filesOf('150400000000').has('page.txt')).toBe(false);
  });
  it('gives every mention the exact original text at its span', () => {
    const places = read<PlaceCollection>('places.geojson');
    const texts = new Map<string, string>();
    let checked = 0;
    for (const f of places.features) {
      for (const m of f.properties.mentions) {
        if (!texts.has(m.file)) texts.set(m.file, readFileSync(join(out, 'sources', m.file), 'utf8'));
        expect(texts.get(m.file)!.slice(m.start, m.end)).toBe(m.surface);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
  it('writes the decoded source text as UTF-8', () => {
    expect(readFileSync(join(out, 'sources', 'gb.txt'), 'utf8')).toBe('在包头市');
    expect(readFileSync(join(out, 'sources', 'utf16.txt'), 'utf8')).toBe('记者走进兴安盟突泉县。');
  });
  it('handles the 20 MB file', () => {
    const report = read<Report>('report.json');
    expect(report.files.find((f) => f.file === 'big.txt')).toMatchObject({ status: 'ok' });
    expect(report.files.find((f) => f.file === 'big.txt')!.bytes).toBeGreaterThan(20e6);
  });
});

describe('unreadable input', () => {
  it('says clearly when the folder has no .txt file', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'nmg-empty-'));
    writeFileSync(join(empty, 'a.md'), 'x');
    const run = runPipeline({ input: empty, out: `${empty}-out`, geoparser: gp });
    await expect(run).rejects.toThrow(/no \.txt files/);
    await expect(run).rejects.toBeInstanceOf(InputError);
  });
  it('says clearly when the folder cannot be read', async () => {
    const run = runPipeline({ input: join(tmpdir(), 'nmg-does-not-exist'), out: mkdtempSync(join(tmpdir(), 'nmg-out-')), geoparser: gp });
    await expect(run).rejects.toThrow(/cannot read input folder/);
    await expect(run).rejects.toBeInstanceOf(InputError);
  });
});
