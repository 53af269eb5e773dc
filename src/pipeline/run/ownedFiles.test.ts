import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from './inputError.ts';
import { MANIFEST_FILE, ownedFiles } from './ownedFiles.ts';

const fresh = () => mkdtempSync(join(tmpdir(), 'nmg-owned-'));
/** A finished file in OUT's file system, ready to be moved into place. */
const made = (out: string, text: string) => { const path = join(out, `.made-${text}`); writeFileSync(path, text); return path; };

describe('ownedFiles', () => {
  it('refuses to overwrite a file it did not write and names it', () => {
    const out = fresh();
    writeFileSync(join(out, 'places.geojson'), 'mine');
    const owned = ownedFiles(out);
    expect(() => owned.assertWritable(['places.geojson', 'report.json'])).toThrow(InputError);
    expect(() => owned.assertWritable(['places.geojson'])).toThrow(/places\.geojson/);
    expect(readFileSync(join(out, 'places.geojson'), 'utf8')).toBe('mine');
  });
  it('overwrites and removes only what it wrote, across runs', () => {
    const out = fresh();
    mkdirSync(join(out, 'sources'));
    writeFileSync(join(out, 'sources', 'notes.txt'), 'a user note');
    const first = ownedFiles(out);
    first.assertWritable(['sources/a.txt']);
    first.move('sources/a.txt', made(out, 'A'));
    first.save();
    const second = ownedFiles(out);
    expect(() => second.assertWritable(['sources/a.txt'])).not.toThrow();
    second.remove('sources/a.txt');
    second.remove('sources/notes.txt');
    second.save();
    expect(existsSync(join(out, 'sources', 'a.txt'))).toBe(false);
    expect(readFileSync(join(out, 'sources', 'notes.txt'), 'utf8')).toBe('a user note');
    expect(JSON.parse(readFileSync(join(out, MANIFEST_FILE), 'utf8')).files).toEqual([]);
  });
  it('refuses a corrupt manifest rather than guessing what it owns', () => {
    const out = fresh();
    writeFileSync(join(out, MANIFEST_FILE), '{not json');
    expect(() => ownedFiles(out)).toThrow(/not valid JSON/);
  });
  it('never writes outside its folder', () => {
    const out = fresh();
    const owned = ownedFiles(out);
    expect(() => owned.move('../x.txt', made(out, 'x'))).toThrow(/not an output path/);
    expect(() => owned.move(MANIFEST_FILE, made(out, 'x'))).toThrow(/not an output path/);
  });
});
