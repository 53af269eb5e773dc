import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../defaults.ts';
import { embedSrc, iframeSnippet, responsiveSnippet, shareLink, type ShareInput } from './snippets.ts';

const input: ShareInput = {
  state: { ...DEFAULTS.state, region: '152200000000', categories: ['elderly-care'] },
  prefs: { lang: 'zh' },
  pageUrl: 'http://127.0.0.1:4173/atlas/?region=1#x',
  hostOrigin: 'https://news.example/article/1',
  title: '地图 "A" <b>',
};

describe('share snippets', () => {
  it('links the full app with the view', () => {
    const u = new URL(shareLink(input));
    expect(u.pathname).toBe('/atlas/');
    expect(u.searchParams.get('region')).toBe('152200000000');
    expect(u.searchParams.get('cats')).toBe('elderly-care');
  });
  it('points the embed at embed.html with the host origin allowed', () => {
    const u = new URL(embedSrc(input));
    expect(u.pathname).toBe('/atlas/embed.html');
    expect(u.searchParams.get('origins')).toBe('https://news.example');
    expect(new URL(embedSrc({ ...input, hostOrigin: 'not a url' })).searchParams.has('origins')).toBe(false);
  });
  it('escapes attributes in the iframe snippet', () => {
    const s = iframeSnippet(input);
    expect(s).toContain('title="地图 &quot;A&quot; &lt;b&gt;"');
    expect(s).toContain('&amp;');
    expect(s).not.toContain('<b>');
  });
  it('makes the responsive frame listen only to the atlas origin', () => {
    const s = responsiveSnippet(input);
    expect(s).toContain('data-nmg-atlas-frame');
    expect(s).toContain('e.origin!=="http://127.0.0.1:4173"');
    expect(s).toContain("'nmg-atlas:resize'");
  });
});
