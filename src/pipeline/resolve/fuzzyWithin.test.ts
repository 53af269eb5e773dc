import { beforeAll, describe, expect, it } from 'vitest';
import { testGeoparser } from '../../../test/pipeline/testGeoparser.ts';
import type { Gazetteer } from '../../gazetteer/index.ts';
import { fuzzyWithin } from './fuzzyWithin.ts';

let gaz: Gazetteer;
beforeAll(async () => { gaz = (await testGeoparser()).gaz; }, 120_000);

describe('fuzzyWithin', () => {
  it('reads transliteration variants inside the parent (白音 = 巴彦)', () => {
    expect(fuzzyWithin(gaz, '白音布日德嘎查', '150725000000', { chain: false })).toMatchObject({ code: '150725102200', rule: 'fuzzy:variant' });
  });
  it('allows a dropped character or a shortened name only in a chain', () => {
    expect(fuzzyWithin(gaz, '耀镇', '152529000000', { chain: true })?.code).toBe('152529101000');
    expect(fuzzyWithin(gaz, '耀镇', '152529000000', { chain: false })).toBeNull();
    expect(fuzzyWithin(gaz, '乌兰镇', '150304000000', { chain: true })).toMatchObject({ code: '150304101000', rule: 'fuzzy:prefix' });
  });
  it('does not snap a short village name to a longer one by one edit, even in a chain (黄花村 is not 黄花滩村)', () => {
    expect(fuzzyWithin(gaz, '黄花村', '150223104000', { chain: true })).toBeNull();
    expect(fuzzyWithin(gaz, '黄花滩村', '150223104000', { chain: true })?.code).toBe('150223104200');
  });
  it('keeps the written level: a 村 never becomes a 镇', () => {
    const hit = fuzzyWithin(gaz, '音德村', '152223000000', { chain: true });
    expect(hit === null || gaz.get(hit.code)!.level === 'village').toBe(true);
  });
  it('returns nothing when several units fit equally', () => {
    const many = (gaz.forms.get('团结社区') ?? []).filter((r) => r.code.startsWith('1506'));
    expect(many.length).toBeGreaterThan(1);
    expect(fuzzyWithin(gaz, '团结新社区', '150600000000', { chain: false })).toBeNull();
  });
});
