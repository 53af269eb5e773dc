import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFolder } from './readFolder.ts';

describe('readFolder', () => {
  it('reads only .txt files (any case), sorted, as bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nmg-read-'));
    writeFileSync(join(dir, 'b.txt'), '包头');
    writeFileSync(join(dir, 'A.TXT'), 'x');
    writeFileSync(join(dir, 'c.md'), 'y');
    mkdirSync(join(dir, 'd.txt'));
    const r = readFolder(dir);
    expect(r.files.map((f) => f.file)).toEqual(['A.TXT', 'b.txt']);
    expect(new TextDecoder().decode(r.files[1].bytes)).toBe('包头');
  });
  it('throws a clear error for a missing folder or a file given as folder', () => {
    expect(() => readFolder(join(tmpdir(), 'nmg-missing-folder'))).toThrow(/cannot read input folder/);
    const dir = mkdtempSync(join(tmpdir(), 'nmg-read-'));
    writeFileSync(join(dir, 'f.txt'), '');
    expect(() => readFolder(join(dir, 'f.txt'))).toThrow(/not a folder/);
  });
});
