import { describe, expect, it } from 'vitest';
import { joinInitiative, splitInitiatives, validateInitiativeDetails, validateInitiativeIndex } from './initiativeIndex.ts';
import type { Initiative } from './initiatives.ts';

const path = (county: string | null) => [{ code: '150500000000', level: 'prefecture' }, { code: county, level: 'county' }];
const PATHS: Record<string, ReturnType<typeof path>> = { a: path('150502000000'), b: path('150521000000'), c: path(null) };
const it0 = (id: string, places: string[], extra: Partial<Initiative> = {}): Initiative => ({
  id, file: 'f.txt', kind: 'article', title: `t${id}`, byline: '', start: 0, end: 4, summary: 'abcd', category: 'employment',
  secondaryCategories: ['elderly-care'], places,
  figures: [{ value: 3, unit: '名', approx: false, hedge: null, text: '3名', start: 1, end: 3, label: '', place: null }], ...extra,
});
const ALL = [it0('1', ['a']), it0('2', ['b', 'a']), it0('3', ['a']), it0('4', ['c']), it0('5', [])];

describe('initiative index and details', () => {
  const { index, details } = splitInitiatives(ALL, (id) => PATHS[id]);

  it('groups details by the county of the main place, else its league, else none', () => {
    expect(index.chunks).toEqual(['150502000000', '150521000000', '150500000000', 'none']);
    expect(index.initiatives.map((e) => index.chunks[e.chunk])).toEqual(['150502000000', '150521000000', '150502000000', '150500000000', 'none']);
    expect(details.get('150502000000')!.map((d) => d.id)).toEqual(['1', '3']);
  });

  it('keeps only the view fields in the index, and joins back to the original record', () => {
    expect(Object.keys(index.initiatives[0]).sort()).toEqual(['category', 'chunk', 'id', 'places', 'secondaryCategories', 'title']);
    const byChunk = (n: number) => details.get(index.chunks[n])!;
    for (const e of index.initiatives) expect(joinInitiative(e, byChunk(e.chunk).find((d) => d.id === e.id)!)).toEqual(ALL.find((x) => x.id === e.id));
  });

  it('validates what it wrote and reports what is broken', () => {
    expect(validateInitiativeIndex(index, new Set(['a', 'b', 'c']))).toEqual([]);
    const bad = { ...index, initiatives: [{ ...index.initiatives[0], chunk: 9 }, { ...index.initiatives[1], places: ['zz'] }] };
    expect(validateInitiativeIndex(bad, new Set(['a', 'b', 'c'])).join('\n')).toMatch(/chunk must name[\s\S]*unknown place zz/);
    const entries = index.initiatives.filter((e) => e.chunk === 0);
    expect(validateInitiativeDetails(details.get('150502000000'), entries)).toEqual([]);
    expect(validateInitiativeDetails([...details.get('150502000000')!].reverse(), entries)).toHaveLength(1);
    const broken = details.get('150502000000')!.map((d) => ({ ...d, summary: 5 }));
    expect(validateInitiativeDetails(broken, entries).join('\n')).toMatch(/summary must be a string/);
  });
});
