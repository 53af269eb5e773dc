/**
 * Issue 11's data-loss and option cases, through the real CLI: the pipeline never deletes or overwrites a user's
 * file, refuses an output folder that overlaps the input, validates every number, and runs from any directory.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { testGeoparser } from './testGeoparser.ts';

const ROOT = resolve('.');
/** The CLI as `npm run pipeline` starts it (the package's tsx), from any working directory. */
const cli = (args: string[], cwd = ROOT) =>
  spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts/pipeline-cli.ts'), ...args], { encoding: 'utf8', cwd });

/** A small archive: a UTF-8 page, a GB18030 page and a UTF-16 page, as newsroom exports give them. */
function archive(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nmg-safe-'));
  const input = join(dir, 'news', 'sources');
  mkdirSync(input, { recursive: true });
  copyFileSync(join(ROOT, 'seeds', '004_645df434c5bcfa1a.txt'), join(input, 'a.txt'));
  writeFileSync(join(input, 'gb.txt'), Buffer.from([0xd4, 0xda, 0xb0, 0xfc, 0xcd, 0xb7, 0xca, 0xd0])); // 在包头市
  writeFileSync(join(input, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('记者走进兴安盟突泉县。', 'utf16le')]));
  return input;
}

beforeAll(async () => { await testGeoparser(); }, 120_000);

describe('the pipeline and the user\'s files', () => {
  it('keeps a user\'s file in OUT/sources and deletes only sources it wrote', () => {
    const input = archive();
    const out = mkdtempSync(join(tmpdir(), 'nmg-safe-out-'));
    mkdirSync(join(out, 'sources'));
    writeFileSync(join(out, 'sources', 'notes.txt'), 'my notes');
    expect(cli(['--input', input, '--out', out]).status).toBe(0);
    expect(readFileSync(join(out, 'sources', 'notes.txt'), 'utf8')).toBe('my notes');
    expect(existsSync(join(out, 'sources', 'gb.txt'))).toBe(true);
    // The sources' stage (run/sourceStage.ts) is gone once they are in place.
    expect(readdirSync(out).filter((f) => f.startsWith('.nmg-sources-'))).toEqual([]);
  }, 60_000);
  it('refuses an OUT that contains, equals or lies inside INPUT, and leaves the originals as they were', () => {
    const input = archive();
    const gb = readFileSync(join(input, 'gb.txt'));
    for (const out of [resolve(input, '..'), input, join(input, 'out')]) {
      const r = cli(['--input', input, '--out', out]);
      expect(r.status, out).toBe(2);
      expect(r.stderr).toMatch(/--out .* (contains|lies inside) --input/);
    }
    expect(readFileSync(join(input, 'gb.txt')).equals(gb)).toBe(true);
    expect(existsSync(join(input, 'places.geojson'))).toBe(false);
  }, 60_000);
  it('refuses OUT holding a file of an output\'s name it did not write, naming it, and writes nothing', () => {
    const input = archive();
    const out = mkdtempSync(join(tmpdir(), 'nmg-safe-out-'));
    writeFileSync(join(out, 'places.geojson'), 'a user\'s own map');
    mkdirSync(join(out, 'sources'));
    writeFileSync(join(out, 'sources', 'a.txt'), 'a user\'s own a.txt');
    const r = cli(['--input', input, '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/did not write: .*places\.geojson.*sources\/a\.txt/);
    expect(readFileSync(join(out, 'places.geojson'), 'utf8')).toBe('a user\'s own map');
    expect(readFileSync(join(out, 'sources', 'a.txt'), 'utf8')).toBe('a user\'s own a.txt');
    // Nothing else beside the CLI's cache: no output, no source of the other pages, no stage left behind.
    expect(readdirSync(out).filter((f) => f !== '.cache').sort()).toEqual(['places.geojson', 'sources']);
    expect(readdirSync(join(out, 'sources'))).toEqual(['a.txt']);
  }, 60_000);
  it.each([
    [['--max-file-mb', 'abc'], /--max-file-mb must be a number/],
    [['--workers', 'abc'], /--workers must be a whole number/],
    [['--workers', '0'], /--workers must be a whole number/],
    [['--workers', '-3'], /--workers must be a whole number/],
    [['--max-files', '1.5'], /--max-files must be a whole number/],
  ])('refuses %j with exit 2 naming the option', (extra, message) => {
    const r = cli(['--input', 'seeds', '--out', mkdtempSync(join(tmpdir(), 'nmg-opt-')), ...extra]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  }, 60_000);
  it('runs from another working directory (its tables resolve from the package)', () => {
    const out = mkdtempSync(join(tmpdir(), 'nmg-cwd-'));
    const r = cli(['--input', join(ROOT, 'seeds'), '--out', out], tmpdir());
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'initiatives.json'), 'utf8')).length).toBeGreaterThan(10);
  }, 60_000);
});
