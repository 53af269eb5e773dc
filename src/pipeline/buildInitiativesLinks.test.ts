import { describe, expect, it } from 'vitest';
import type { Initiative } from '../contract.ts';
import { initiativesByPlace } from './buildInitiativesLinks.ts';

const ini = (id: string, places: string[]): Initiative => ({
  id, file: 'f.txt', kind: 'article', title: '', byline: '', start: 0, end: 1, summary: '', category: 'employment', secondaryCategories: [], places, figures: [],
});

describe('initiativesByPlace', () => {
  it('lists each initiative once under every place it names, in order', () => {
    const links = initiativesByPlace([ini('f#0', ['a', 'b', 'a']), ini('f#9', ['b'])]);
    expect(Object.fromEntries(links)).toEqual({ a: ['f#0'], b: ['f#0', 'f#9'] });
  });
});
