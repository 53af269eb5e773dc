import { describe, expect, it } from 'vitest';
import { CATEGORIES, ITEM_KINDS, LEVELS, PRECISIONS } from '../../contract/index.ts';
import { en } from './strings.en.ts';
import { zh } from './strings.zh.ts';
import { categoryLabel, kindLabel, levelLabel, precisionReason, t } from './index.ts';

describe('t', () => {
  it('returns Chinese by default and English on request', () => {
    expect(t('legend.all', 'zh')).toBe('全选');
    expect(t('legend.all', 'en')).toBe('All');
  });

  it('fills placeholders and keeps unknown ones visible', () => {
    expect(t('list.caption', 'zh', { n: 12 })).toBe('当前显示 12 项举措');
    expect(t('list.caption', 'en', { n: 3 })).toBe('3 initiatives shown');
    expect(t('list.caption', 'en')).toBe('{n} initiatives shown');
    expect(t('region.select', 'en', { x: 1 })).toBe('Select {name}');
  });

  it('has a non-empty English string, with the same placeholders, for every key', () => {
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(en[key], key).toBeTruthy();
      const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(holes(en[key]), key).toEqual(holes(zh[key]));
    }
  });
});

describe('labels', () => {
  it('labels every category from the contract', () => {
    for (const c of CATEGORIES) {
      expect(categoryLabel(c.id, 'zh')).toBe(c.zh);
      expect(categoryLabel(c.id, 'en')).toBe(c.en);
    }
    expect(categoryLabel('no-such', 'en')).toBe('no-such');
  });

  it('labels kinds, levels and precisions in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const k of ITEM_KINDS) expect(kindLabel(k, lang)).not.toMatch(/^kind\./);
      for (const l of LEVELS) expect(levelLabel(l, lang)).not.toMatch(/^level\./);
      for (const p of PRECISIONS) expect(precisionReason(p, lang)).not.toMatch(/^precision\./);
    }
    expect(kindLabel('photo', 'en')).toBe('Photo');
    expect(precisionReason('township', 'zh')).toBe('位置为近似：显示在所属苏木镇');
    expect(precisionReason('township', 'en')).toBe('Approximate: shown at its township');
  });
});

describe('maplibreLocale', () => {
  it('translates MapLibre control strings', async () => {
    const { maplibreLocale } = await import('./index.ts');
    expect(maplibreLocale('zh')['NavigationControl.ZoomIn']).toBe('放大');
    expect(maplibreLocale('en')['NavigationControl.ZoomIn']).toBe('Zoom in');
    expect(Object.values(maplibreLocale('en')).every((v) => v && !v.includes('.'))).toBe(true);
  });
});
