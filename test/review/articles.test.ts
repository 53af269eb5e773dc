import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveArticle } from '../../src/review/articles.ts';
import { validateArticle } from '../../src/review/requests.ts';

const now = new Date('2026-12-02T08:00:00Z');

describe('adding an article', () => {
  it('never overwrites a file: it takes the next free name and appends its metadata row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nmg-articles-'));
    writeFileSync(join(dir, 'added-2026-12-02-001.txt'), 'an earlier article');
    const file = await saveArticle(dir, { text: '正文\r\n第二段', title: '标题, "引号"', url: 'https://news.example/a' }, now);
    expect(file).toBe('added-2026-12-02-002.txt');
    expect(readFileSync(join(dir, 'added-2026-12-02-001.txt'), 'utf8')).toBe('an earlier article');
    expect(readFileSync(join(dir, file), 'utf8')).toBe('标题, "引号"\n正文\n第二段');
    expect(readFileSync(join(dir, 'articles.csv'), 'utf8')).toBe(
      'file,title,date,outlet,url,added\nadded-2026-12-02-002.txt,"标题, ""引号""",,,https://news.example/a,2026-12-02T08:00:00.000Z\n',
    );
  });

  it('refuses bodies that are not an article', () => {
    expect(validateArticle({ text: '   ' })).toMatch(/non-empty/);
    expect(validateArticle({ text: '正文', date: '2 Dec' })).toMatch(/YYYY-MM-DD/);
    expect(validateArticle({ text: '正文', url: 'javascript:alert(1)' })).toMatch(/http/);
    expect(validateArticle({ text: '正文', title: '一行\n两行' })).toMatch(/one line/);
    expect(validateArticle({ text: '正文', title: '标题', date: '2026-12-02' })).toEqual({ text: '正文', title: '标题', date: '2026-12-02' });
  });
});
