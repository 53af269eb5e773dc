import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownedFiles } from './ownedFiles.ts';
import { SourceStage } from './sourceStage.ts';

const stages = (out: string) => readdirSync(out).filter((f) => f.startsWith('.nmg-sources-'));

describe('SourceStage', () => {
  it('keeps texts out of sources/ until placed, then moves them there, nested names included, and leaves no stage', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'nmg-stage-')), 'out');
    const stage = new SourceStage(out);
    stage.add('a.txt', '包头市');
    stage.add('2024/05/b.txt', '赤峰市');
    expect(existsSync(join(out, 'sources'))).toBe(false);
    expect(stages(out)).toHaveLength(1);
    const owned = ownedFiles(out);
    for (const f of ['a.txt', '2024/05/b.txt']) stage.place(owned, f);
    owned.save();
    stage.close();
    expect(readFileSync(join(out, 'sources', 'a.txt'), 'utf8')).toBe('包头市');
    expect(readFileSync(join(out, 'sources', '2024', '05', 'b.txt'), 'utf8')).toBe('赤峰市');
    expect(stages(out)).toEqual([]);
    expect(JSON.parse(readFileSync(join(out, '.nmg-atlas-outputs.json'), 'utf8')).files).toEqual(['sources/2024/05/b.txt', 'sources/a.txt']);
  });

  it('does not write a text again that sources/ already holds, and claims it', () => {
    const out = mkdtempSync(join(tmpdir(), 'nmg-stage-'));
    mkdirSync(join(out, 'sources'));
    const path = join(out, 'sources', 'a.txt');
    writeFileSync(path, '包头市');
    utimesSync(path, 1, 1);
    const stage = new SourceStage(out);
    stage.add('a.txt', '包头市');
    const owned = ownedFiles(out);
    stage.place(owned, 'a.txt');
    stage.close();
    expect(statSync(path).mtimeMs).toBe(1000);
    expect(owned.stale()).toEqual([]);
    owned.save();
    expect(JSON.parse(readFileSync(join(out, '.nmg-atlas-outputs.json'), 'utf8')).files).toEqual(['sources/a.txt']);
  });

  it('removes what is staged when the run ends without placing it', () => {
    const out = mkdtempSync(join(tmpdir(), 'nmg-stage-'));
    const stage = new SourceStage(out);
    stage.add('a.txt', '包头市');
    stage.close();
    expect(readdirSync(out)).toEqual([]);
  });
});
