import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../defaults.ts';
import { readEmbedOptions } from '../../embed/options.ts';
import { optionsFromAttributes } from '../../loader/embedUrl.ts';
import { elementSnippet, embedSrc, iframeSnippet, responsiveSnippet, scriptSnippet, shareLink, type ShareInput } from './snippets.ts';

const input: ShareInput = {
  state: { ...DEFAULTS.state, region: '152200000000', categories: ['elderly-care'] },
  prefs: { lang: 'zh' },
  pageUrl: 'http://127.0.0.1:4173/atlas/?region=1&q=a/b#x',
  hostOrigin: 'https://news.example/article/1',
  title: '地图 "A" <b>',
};

/** The attributes of the first element in an HTML snippet, as the loader would read them. */
function attrsOf(html: string): Record<string, string> {
  const tag = /^<[\w-]+([^>]*)>/.exec(html)![1];
  return Object.fromEntries([...tag.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((m) => [m[1], (m[2] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&')]));
}

describe('share snippets', () => {
  it('links the full app with the view, categories under their one name', () => {
    const u = new URL(shareLink(input));
    expect(u.pathname).toBe('/atlas/');
    expect(u.searchParams.get('region')).toBe('152200000000');
    expect(u.searchParams.get('categories')).toBe('elderly-care');
    expect(u.searchParams.has('cats')).toBe(false);
  });
  it('points the embed at embed.html beside the page, with the host origin allowed and the region fitted rather than a view', () => {
    const u = new URL(embedSrc(input));
    expect(u.origin + u.pathname).toBe('http://127.0.0.1:4173/atlas/embed.html');
    expect(u.searchParams.get('origins')).toBe('https://news.example');
    expect(u.searchParams.get('categories')).toBe('elderly-care');
    expect(u.searchParams.has('view')).toBe(false);
    expect(new URL(embedSrc({ ...input, hostOrigin: 'not a url' })).searchParams.has('origins')).toBe(false);
    expect(new URL(embedSrc({ ...input, state: DEFAULTS.state })).searchParams.get('view')).toMatch(/^@/);
  });
  it('escapes attributes in the iframe snippet', () => {
    const s = iframeSnippet(input);
    expect(s).toContain('title="地图 &quot;A&quot; &lt;b&gt;"');
    expect(s).toContain('&amp;');
    expect(s).not.toContain('<b>');
  });
  it('makes the responsive frame listen only to the atlas origin, and needs no origins to resize', () => {
    const s = responsiveSnippet({ ...input, hostOrigin: undefined });
    expect(s).toContain('data-nmg-atlas-frame');
    expect(s).toContain('e.origin!=="http://127.0.0.1:4173"');
    expect(s).toContain("'nmg-atlas:resize'");
    expect(s).not.toContain('origins=');
  });
  it('writes the script-tag and custom-element embeds with the options every embed reads the same way', () => {
    const div = scriptSnippet(input);
    const el = elementSnippet(input);
    expect(div).toMatch(/^<div data-nmg-atlas data-region="152200000000" data-categories="elderly-care"><\/div>\n<script src="http:\/\/127\.0\.0\.1:4173\/atlas\/embed\.js"><\/script>$/);
    expect(el).toMatch(/^<nmg-atlas region="152200000000" categories="elderly-care"><\/nmg-atlas>\n<script src="http:\/\/127\.0\.0\.1:4173\/atlas\/embed\.js"><\/script>$/);
    const fromIframe = readEmbedOptions(new URL(embedSrc(input)).search, DEFAULTS).state;
    for (const snippet of [div, el]) {
      const a = attrsOf(snippet);
      const o = optionsFromAttributes((n) => a[n] ?? null);
      expect(o).toEqual({ region: '152200000000', categories: 'elderly-care' });
      expect(readEmbedOptions(`region=${o.region}&categories=${o.categories}`, DEFAULTS).state).toEqual({ ...fromIframe });
    }
  });
});
