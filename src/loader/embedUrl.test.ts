import { describe, expect, it } from 'vitest';
import { embedUrl, optionsFromAttributes, withOrigin } from './embedUrl.ts';

describe('embedUrl', () => {
  it('puts embed.html in the base folder with the given options', () => {
    const u = new URL(embedUrl('http://127.0.0.1:4173/atlas/embed.js', { region: '152200000000', categories: ['elderly-care', 'education'], origins: ['http://h.example'], title: 'x' }));
    expect(u.origin + u.pathname).toBe('http://127.0.0.1:4173/atlas/embed.html');
    expect(u.searchParams.get('region')).toBe('152200000000');
    expect(u.searchParams.get('categories')).toBe('elderly-care,education');
    expect(u.searchParams.get('origins')).toBe('http://h.example');
    expect(u.searchParams.has('title')).toBe(false);
  });
  it('treats a folder base as the folder', () => {
    expect(embedUrl('http://a.example/m/', {})).toBe('http://a.example/m/embed.html');
  });
});

describe('optionsFromAttributes', () => {
  it('reads plain and data- attributes and skips empty ones', () => {
    const attrs: Record<string, string> = { region: '152200000000', 'data-categories': 'education', theme: '' };
    expect(optionsFromAttributes((n) => attrs[n] ?? null)).toEqual({ region: '152200000000', categories: 'education' });
  });
});

describe('withOrigin', () => {
  it('adds the page origin once', () => {
    expect(withOrigin('https://a.example, http://b.example', 'https://a.example')).toEqual(['https://a.example', 'http://b.example']);
    expect(withOrigin(undefined, 'http://h')).toEqual(['http://h']);
  });
});
