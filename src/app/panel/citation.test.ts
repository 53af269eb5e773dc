// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Initiative } from '../../contract/index.ts';
import { fixtureData } from '../search/testFixture.ts';
import { citation, formatSourceDate } from './citation.ts';

const base = fixtureData.details.get(fixtureData.initiatives[0].id)!;
const withSource = (source: Partial<NonNullable<Initiative['source']>>): Initiative =>
  ({ ...base, source: { id: 'a', title: null, outlet: null, date: null, page: null, url: null, ...source } });

describe('citation', () => {
  it('cites outlet · date · page and links the original in a new tab without referrer', () => {
    const el = citation(withSource({ outlet: '兴安日报', date: '2024-05-09', page: 'A2', url: 'https://example.org/a?x=1' }), 'zh');
    expect(el.textContent).toBe('兴安日报 · 2024年5月9日 · 版面 A2 · 原文链接');
    const a = el.querySelector('a')!;
    expect([a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]).toEqual(['https://example.org/a?x=1', '_blank', 'noopener noreferrer']);
  });
  it('never links a URL that is not http(s), and falls back to the file name without metadata', () => {
    const el = citation(withSource({ outlet: '兴安日报', url: 'javascript:alert(1)' }), 'en');
    expect(el.querySelector('a')).toBeNull();
    expect(el.textContent).toBe('兴安日报');
    expect(citation(withSource({}), 'en').textContent).toBe(`Source file: ${base.file}`);
    expect(citation({ ...base, source: undefined }, 'zh').textContent).toBe(`来源文件: ${base.file}`);
  });
  it('writes a date as precisely as it was given', () => {
    expect(formatSourceDate('2024-05', 'zh')).toBe('2024年5月');
    expect(formatSourceDate('2024', 'zh')).toBe('2024年');
    expect(formatSourceDate('2024-05', 'en')).toBe('2024-05');
  });
});
