import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertSeparateFolders } from './separateFolders.ts';

describe('assertSeparateFolders', () => {
  const root = mkdtempSync(join(tmpdir(), 'nmg-sep-'));
  const news = join(root, 'news');
  mkdirSync(join(news, 'sources'), { recursive: true });
  it('refuses OUT equal to, inside, or containing INPUT', () => {
    expect(() => assertSeparateFolders(news, news)).toThrow(/inside --input/);
    expect(() => assertSeparateFolders(news, join(news, 'out'))).toThrow(/inside --input/);
    expect(() => assertSeparateFolders(join(news, 'sources'), news)).toThrow(/contains --input/);
  });
  it('sees through a symlink and a trailing slash', () => {
    symlinkSync(news, join(root, 'link'));
    expect(() => assertSeparateFolders(join(root, 'link'), `${news}/`)).toThrow(/inside --input/);
  });
  it('accepts sibling folders, including one whose name starts like the input', () => {
    expect(() => assertSeparateFolders(news, join(root, 'news-out'))).not.toThrow();
    expect(() => assertSeparateFolders(news, join(root, 'atlas', 'data'))).not.toThrow();
  });
});
