import { describe, expect, it } from 'vitest';
import { decodeInitiativeIndex, decodeInitiativeIndexSteps, encodeInitiativeIndex, joinInitiative, splitInitiatives, validateInitiativeDetails, validateInitiativeIndex } from './initiativeIndex.ts';
import { validateInitiatives, type Figure, type Initiative } from './initiatives.ts';

const path = (county: string | null) => [{ code: '150500000000', level: 'prefecture' }, { code: county, level: 'county' }];
const PATHS: Record<string, ReturnType<typeof path>> = { a: path('150502000000'), b: path('150521000000'), c: path(null) };
const it0 = (id: string, places: string[], extra: Partial<Initiative> = {}): Initiative => ({
  id, file: 'f.txt', kind: 'article', title: `t${id}`, byline: '', start: 0, end: 4, summary: 'abcd', category: 'employment',
  secondaryCategories: ['elderly-care'], places,
  figures: [{ value: 3, unit: '名', approx: false, hedge: null, text: '3名', start: 1, end: 3, label: '', place: null }], ...extra,
});
const src = (date: string | null) => ({ source: { id: 's', title: null, outlet: null, date, page: null, url: null } });
const ALL = [it0('1', ['a'], src('2024')), it0('2', ['b', 'a'], { ...src('2024-05'), secondaryCategories: [] }), it0('3', ['a'], { ...src('2024-05-09'), title: ' ' }),
  it0('4', ['c'], src(null)), it0('5', [])];
/** The list's fields as the build passes them: a lead for an empty title, the first figure as the top one. */
const listFields = (it: Initiative) => ({ lead: `lead of ${it.id}`, top: it.figures[0] ?? null });

describe('initiative index and details', () => {
  const { index, details } = splitInitiatives(ALL, (id) => PATHS[id], listFields);

  it('groups details by the county of the main place, else its league, else none', () => {
    expect(index.chunks).toEqual(['150502000000', '150521000000', '150500000000', 'none']);
    expect(index.initiatives.map((e) => index.chunks[e.chunk])).toEqual(['150502000000', '150521000000', '150502000000', '150500000000', 'none']);
    expect(details.get('150502000000')!.map((d) => d.id)).toEqual(['1', '3']);
  });

  it('keeps only the view fields in the index, and joins back to the original record', () => {
    expect(Object.keys(index.initiatives[0]).sort()).toEqual(['category', 'chunk', 'date', 'id', 'kind', 'places', 'secondaryCategories', 'title', 'top']);
    expect(Object.keys(details.get('150502000000')![0]).sort()).toEqual(['byline', 'end', 'figures', 'file', 'id', 'source', 'start', 'summary']);
    const byChunk = (n: number) => details.get(index.chunks[n])!;
    for (const e of index.initiatives) expect(joinInitiative(e, byChunk(e.chunk).find((d) => d.id === e.id)!)).toEqual(ALL.find((x) => x.id === e.id));
  });

  it('carries the source date at its precision, the lead only for an empty title, the top figure in short, and no empty arrays', () => {
    expect(index.initiatives.map((e) => e.date)).toEqual(['2024', '2024-05', '2024-05-09', undefined, undefined]);
    expect(index.initiatives.map((e) => e.lead)).toEqual([undefined, undefined, 'lead of 3', undefined, undefined]);
    expect(index.initiatives[0].top).toEqual({ value: 3, unit: '名', text: '3名' });
    expect(index.initiatives[1].secondaryCategories).toBeUndefined();
    expect(index.initiatives[0].kind).toBe('article');
  });

  // The place index's ids in its order, which the index file's places column points into.
  const ORDER = ['c', 'a', 'b'];

  it('writes the index as columns that read back to the same entries, and names a broken column', () => {
    const file = JSON.parse(JSON.stringify(encodeInitiativeIndex(index, ORDER)));
    expect(file.category).toEqual([1, 1, 1, 1, 1]);
    expect(file.secondaryCategories).toEqual([[0], [], [0], [0], [0]]);
    expect(file.places).toEqual([[1], [2, 1], [1], [0], []]);
    // Entries the build did not rank are written in data order.
    const ranked = { ...index, initiatives: index.initiatives.map((e, i) => ({ ...e, titleOrder: i })) };
    const itNo = new Map(index.initiatives.map((e, i) => [e.id, i]));
    expect(decodeInitiativeIndex(file, ORDER)).toEqual({ index: ranked, problems: [], positions: { placeRows: file.places, itNo } });
    // In slices of two entries: paused after the 2nd and 4th entry read, and after the 2nd and 4th checked.
    const steps = decodeInitiativeIndexSteps(file, ORDER, 2);
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    expect([pauses, r.value]).toEqual([4, { index: ranked, problems: [], positions: { placeRows: file.places, itNo } }]);
    expect(decodeInitiativeIndex({ ...file, title: file.title.slice(1) }, ORDER).problems).toEqual(['initiative index: columns title differ in length from id']);
    expect(decodeInitiativeIndex({ ...file, places: undefined }, ORDER).problems).toEqual(['initiative index: needs the columns places']);
    expect(decodeInitiativeIndex({ ...file, kind: [9, 0, 0, 0, 0] }, ORDER).problems.join('\n')).toMatch(/initiatives\[0\]: bad kind undefined/);
  });

  it('names places by position in the place index, and refuses a position or a place that is not there', () => {
    const file = JSON.parse(JSON.stringify(encodeInitiativeIndex(index, ORDER)));
    const places = [[1], [2, 3], [1.5], 'a', [-1]];
    expect(decodeInitiativeIndex({ ...file, places }, ORDER)).toEqual({ index: null, problems: [
      'initiatives[1]: place position 3 is not in the place index', 'initiatives[2]: place position 1.5 is not in the place index',
      'initiatives[3]: places must be a list of place positions', 'initiatives[4]: place position -1 is not in the place index',
    ] });
    // Read beside a shorter place index, the same file names what it lacks.
    expect(decodeInitiativeIndex(file, ['c', 'a']).problems).toEqual(['initiatives[1]: place position 2 is not in the place index']);
    expect(() => encodeInitiativeIndex(index, ['a', 'b'])).toThrow('initiative 4 names place c, which the place index does not hold');
  });

  it('carries the stamp of the place index written with it, and names one that is no stamp', () => {
    const file = JSON.parse(JSON.stringify(encodeInitiativeIndex({ ...index, placeStamp: '00ff00ff00ff00ff' }, ORDER)));
    expect(file.placeStamp).toBe('00ff00ff00ff00ff');
    expect(decodeInitiativeIndex(file, ORDER).index?.placeStamp).toBe('00ff00ff00ff00ff');
    expect(decodeInitiativeIndex({ ...file, placeStamp: 'places.geojson' }, ORDER).problems).toEqual(['placeStamp: must be 16 hex digits']);
  });

  it('validates what it wrote and reports what is broken', () => {
    expect(validateInitiativeIndex(index, new Set(['a', 'b', 'c']))).toEqual([]);
    const bad = { ...index, initiatives: [{ ...index.initiatives[0], chunk: 9 }, { ...index.initiatives[1], places: ['zz'] }] };
    expect(validateInitiativeIndex(bad, new Set(['a', 'b', 'c'])).join('\n')).toMatch(/chunk must name[\s\S]*unknown place zz/);
    const entries = index.initiatives.filter((e) => e.chunk === 0);
    expect(validateInitiativeDetails(details.get('150502000000'), entries)).toEqual([]);
    expect(validateInitiativeDetails([...details.get('150502000000')!].reverse(), entries)).toHaveLength(1);
    expect(validateInitiativeIndex({ ...index, initiatives: [{ ...index.initiatives[0], date: '2024-13' }] }).join('\n')).toMatch(/date must be YYYY, YYYY-MM or YYYY-MM-DD/);
    expect(validateInitiativeIndex({ ...index, initiatives: [{ ...index.initiatives[0], kind: 'poem', lead: 'x' }] }).join('\n')).toMatch(/bad kind poem[\s\S]*lead must be/);
    expect(validateInitiativeIndex({ ...index, initiatives: [{ ...index.initiatives[0], secondaryCategories: [] }] }).join('\n')).toMatch(/left out when empty/);
    const lying = entries.map((e) => ({ ...e, date: '2023', top: { value: 9, unit: '名', text: '9名' } }));
    expect(validateInitiativeDetails(details.get('150502000000'), lying).join('\n')).toMatch(/index date 2023[\s\S]*top figure is none of its figures/);
    const broken = details.get('150502000000')!.map((d) => ({ ...d, summary: 5 }));
    expect(validateInitiativeDetails(broken, entries).join('\n')).toMatch(/summary must be a string/);
  });

  it('carries a range figure\'s upper bound, and reports a range without one, or a bound not above its value, in both files', () => {
    const range: Figure = { value: 200, high: 300, unit: '元', approx: true, hedge: 'range', text: '两三百元', start: 1, end: 5, label: '', place: null };
    const withRange = it0('r', ['a'], { figures: [range] });
    expect(validateInitiatives([withRange], new Set(['a']))).toEqual([]);
    const top = splitInitiatives([withRange], (id) => PATHS[id], listFields).index.initiatives[0].top;
    expect(top).toEqual({ value: 200, high: 300, unit: '元', text: '两三百元', hedge: 'range' });
    const { high: _high, ...noHigh } = range;
    for (const f of [noHigh, { ...range, high: 200 }, { ...range, hedge: 'about' as const }] as Figure[]) {
      expect(validateInitiatives([it0('r', ['a'], { figures: [f] })], new Set(['a'])).join('\n')).toMatch(/high must/);
      const entry = { ...index.initiatives[0], top: { value: f.value, unit: f.unit, text: f.text, hedge: f.hedge ?? undefined, ...(f.high ? { high: f.high } : {}) } };
      expect(validateInitiativeIndex({ ...index, initiatives: [entry] }).join('\n')).toMatch(/top: high must/);
    }
  });
});
