import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutDir } from './buildSite.ts';

describe('checkOutDir', () => {
  it('takes a new folder, an empty one, or an earlier site', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nmg-site-out-'));
    expect(() => checkOutDir(join(dir, 'new'))).not.toThrow();
    expect(() => checkOutDir(dir)).not.toThrow();
    writeFileSync(join(dir, 'index.html'), '');
    mkdirSync(join(dir, 'data'));
    expect(() => checkOutDir(dir)).not.toThrow();
  });
  it('refuses a folder holding anything else, or a file, naming what it found', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nmg-site-out-'));
    writeFileSync(join(dir, 'index.html'), '');
    writeFileSync(join(dir, 'thesis.docx'), '');
    expect(() => checkOutDir(dir)).toThrow(/not an atlas site \(thesis\.docx\)/);
    expect(() => checkOutDir(join(dir, 'thesis.docx'))).toThrow(/is a file/);
  });
});
