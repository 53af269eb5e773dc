import { describe, expect, it } from 'vitest';
import type { Mention, PlaceProperties } from '../contract/index.ts';
import { createMentions } from './mentions.ts';

const m = (file: string): Mention => ({ file, start: 0, end: 2, surface: '某地', confidence: 1, rule: 'exact' });
const place = (id: string, county: string): PlaceProperties => ({ id, path: [{ code: '150500000000', name: '通辽市', level: 'prefecture' }, { code: county, name: '某旗', level: 'county' }] }) as PlaceProperties;
const PLACES = [place('a', '150521000000'), place('b', '150521000000'), place('c', '150522000000')];
const FILES: Record<string, unknown> = { '150521000000': { a: [m('x.txt'), m('y.txt')], b: [m('x.txt')] } };

describe('createMentions', () => {
  it('fetches a county\'s file once for all its places, and none for a place without mentions', async () => {
    const asked: string[] = [];
    const mentions = createMentions(PLACES, [2, 1, 0], async (chunk) => { asked.push(chunk); return FILES[chunk]; });
    expect(await mentions.of(PLACES[0])).toEqual([m('x.txt'), m('y.txt')]);
    expect(await mentions.of(PLACES[1])).toEqual([m('x.txt')]);
    expect(await mentions.of(PLACES[2])).toEqual([]);
    expect(asked).toEqual(['150521000000']);
  });

  it('rejects naming the file when it is missing or does not hold what the place index counted, and asks again next time', async () => {
    let answer: unknown = Promise.reject(new Error('HTTP 404'));
    const mentions = createMentions(PLACES, [2, 1, 0], () => answer as Promise<unknown>);
    await expect(mentions.of(PLACES[0])).rejects.toThrow('place-mentions/150521000000.json: HTTP 404');
    answer = Promise.resolve({ a: [m('x.txt')], b: [m('x.txt')] });
    await expect(mentions.of(PLACES[0])).rejects.toThrow('place-mentions/150521000000.json: a: needs its 2 mentions');
    answer = Promise.resolve(FILES['150521000000']);
    expect(await mentions.of(PLACES[1])).toEqual([m('x.txt')]);
  });
});
