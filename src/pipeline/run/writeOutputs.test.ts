import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlaceCollection } from '../../contract/index.ts';
import { SourceStage } from './sourceStage.ts';
import { writeOutputs } from './writeOutputs.ts';

/** writeOutputs with `places` and the source texts staged as a run's merge stages them; the stage is removed after. */
function write(out: string, places: PlaceCollection, texts: [string, string][] = [['a.txt', '包头市']]): void {
  const stage = new SourceStage(out);
  try {
    for (const [file, text] of texts) stage.add(file, text);
    writeOutputs(out, { places, initiatives: [], rollups: {}, report: { files: [], mentions: [], counts: {} }, sources: stage, sourceNames: texts.map(([file]) => file) });
  } finally {
    stage.close();
  }
}

describe('writeOutputs', () => {
  it('writes every output and the decoded sources, and drops only sources it wrote for files no longer read', () => {
    const out = mkdtempSync(join(tmpdir(), 'nmg-write-'));
    mkdirSync(join(out, 'sources'));
    writeFileSync(join(out, 'sources', 'notes.txt'), 'a note of the user');
    const fc: PlaceCollection = { type: 'FeatureCollection', features: [] };
    write(out, fc, [['a.txt', '包头市'], ['old.txt', '赤峰市']]);
    write(out, fc);
    for (const f of ['places.geojson', 'initiatives.json', 'rollups.json', 'report.json']) expect(existsSync(join(out, f)), f).toBe(true);
    expect(readFileSync(join(out, 'sources', 'a.txt'), 'utf8')).toBe('包头市');
    expect(existsSync(join(out, 'sources', 'old.txt'))).toBe(false);
    expect(readFileSync(join(out, 'sources', 'notes.txt'), 'utf8')).toBe('a note of the user');
  });
  it('refuses to overwrite a file of the same name it did not write, and writes nothing then', () => {
    const out = mkdtempSync(join(tmpdir(), 'nmg-write-'));
    mkdirSync(join(out, 'sources'));
    writeFileSync(join(out, 'sources', 'a.txt'), 'the user\'s own a.txt');
    expect(() => write(out, { type: 'FeatureCollection', features: [] })).toThrow(/did not write: .*a\.txt/);
    expect(readFileSync(join(out, 'sources', 'a.txt'), 'utf8')).toBe('the user\'s own a.txt');
    expect(existsSync(join(out, 'places.geojson'))).toBe(false);
  });
  it('refuses data that violates the contract and writes nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'nmg-write-'));
    const bad = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [500, 0] }, properties: {} }] };
    expect(() => write(out, bad as unknown as PlaceCollection)).toThrow(/data contract/);
    expect(existsSync(join(out, 'places.geojson'))).toBe(false);
  });
  it('rewrites a source only when its text changed', () => {
    const out = mkdtempSync(join(tmpdir(), 'nmg-write-'));
    const fc: PlaceCollection = { type: 'FeatureCollection', features: [] };
    write(out, fc);
    const path = join(out, 'sources', 'a.txt');
    utimesSync(path, 1, 1);
    write(out, fc);
    expect(statSync(path).mtimeMs).toBe(1000);
    write(out, fc, [['a.txt', '赤峰市']]);
    expect(readFileSync(path, 'utf8')).toBe('赤峰市');
    expect(statSync(path).mtimeMs).toBeGreaterThan(1000);
  });
});
