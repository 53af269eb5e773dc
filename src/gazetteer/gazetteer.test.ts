import { beforeAll, describe, expect, it } from 'vitest';
import { PRECISIONS } from '../contract/index.ts';
import { readCoordTable } from './build/coordTable.ts';
import { readAliases } from './build/aliases.ts';
import { GAZETTEER_DEFAULTS, repoPath } from './config.ts';
import { loadGazetteer } from './load.ts';
import { readCsvRows } from './readDivision.ts';
import { ensureBuilt } from './testSupport.ts';
import type { Gazetteer } from './types.ts';

let g: Gazetteer;

beforeAll(async () => {
  await ensureBuilt();
  g = loadGazetteer();
}, 120_000);

describe('units', () => {
  it('has every Inner Mongolia unit per level', () => {
    const count = (level: string) => [...g.units.values()].filter((u) => u.level === level).length;
    expect(count('prefecture')).toBe(12);
    expect(count('county')).toBe(108);
    expect(count('township')).toBe(1225);
    expect(count('village')).toBe(14592);
  });
  it('links parents, children and paths', () => {
    const u = g.get('152525103000')!;
    expect(u.path.map((s) => s.code)).toEqual(['152500000000', '152525000000', '152525103000']);
    expect(g.children('152525000000').some((c) => c.code === u.code)).toBe(true);
    expect(g.isWithin(u.code, '152500000000')).toBe(true);
    expect(g.isWithin(u.code, '150100000000')).toBe(false);
    for (const unit of g.units.values()) if (unit.parentCode) expect(g.get(unit.parentCode)).toBeDefined();
  });
  it('gives every unit a point in or near Inner Mongolia', () => {
    for (const u of g.units.values()) {
      expect(u.lon).toBeGreaterThan(97);
      expect(u.lon).toBeLessThan(127);
      expect(u.lat).toBeGreaterThan(37);
      expect(u.lat).toBeLessThan(54);
    }
  });
  it('never gives a child a finer precision than it has evidence for', () => {
    for (const u of g.units.values()) {
      if (!u.source.startsWith('parent:')) continue;
      const parent = g.get(u.parentCode!)!;
      expect(u.precision).not.toBe('exact');
      expect(PRECISIONS.indexOf(u.precision)).toBeGreaterThanOrEqual(PRECISIONS.indexOf(parent.precision));
      expect([u.lon, u.lat]).toEqual([parent.lon, parent.lat]);
    }
  });
});

describe('lookup', () => {
  it.each([
    ['科右前旗', '152221000000'], ['土右旗', '150221000000'], ['察右前旗', '150926000000'], ['东乌旗', '152525000000'],
    ['鄂前旗', '150623000000'], ['达茂旗', '150223000000'], ['稀土高新区', '150271000000'], ['锡林郭勒', '152500000000'],
    ['呼和浩特', '150100000000'],
  ])('%s resolves to %s first', (text, code) => {
    const [best] = g.lookup(text);
    expect(best.code).toBe(code);
    expect(best.matchedForm).toBe(text);
    expect(best.score).toBeGreaterThanOrEqual(0.85);
  });
  it('resolves every reviewed alias in data/aliases.csv to its own unit first', () => {
    const aliases = readAliases(repoPath(GAZETTEER_DEFAULTS.aliasesFile));
    expect(aliases.size).toBeGreaterThan(10);
    for (const [code, list] of aliases) {
      for (const alias of list) {
        // A name several units share (乌珠穆沁旗) is checked in aliases.test.ts: context chooses among them.
        if (g.forms.get(alias)?.every((r) => r.kind === 'shared')) continue;
        expect(g.lookup(alias)[0].code, alias).toBe(code);
      }
    }
  });
  it('resolves a variant spelling within its banner', () => {
    const [best] = g.lookup('满都宝力格镇', { within: '152525000000' });
    expect(best.code).toBe('152525103000');
    expect(best.matchKind).toBe('variant');
  });
  it('resolves suffix-stripped and suffix-swapped forms', () => {
    expect(g.lookup('毫沁营村')[0].name).toBe('毫沁营村委会');
    expect(g.lookup('五一街办事处')[0].code).toBe('152201007000');
    expect(g.lookup('满都呼宝拉格苏木', { within: '152525000000' })[0].code).toBe('152525103000');
  });
  it('resolves a written chain below its leading unit', () => {
    expect(g.lookup('呼和浩特市新城区')[0]).toMatchObject({ code: '150102000000', matchedForm: '呼和浩特市新城区' });
    expect(g.lookup('科右前旗满都呼宝拉格镇')).toEqual([]);
    expect(g.lookup('东乌旗满都宝力格镇')[0].code).toBe('152525103000');
    expect(g.lookup('锡林郭勒盟东乌旗满都呼宝拉格镇')[0].code).toBe('152525103000');
  });
  it('reads traditional characters', () => {
    expect(g.lookup('科爾沁右翼前旗')[0]).toMatchObject({ code: '152221000000', score: 1 });
  });
  it('returns all curated townships with their exact points', () => {
    for (const [code, p] of readCoordTable(repoPath(GAZETTEER_DEFAULTS.curatedFile), 'curated')) {
      const name = g.get(code)!.name;
      const hit = g.lookup(name).find((c) => c.code === code)!;
      expect(hit.precision).toBe('exact');
      expect([hit.lon, hit.lat]).toEqual([p.lon, p.lat]);
    }
  });
  it('has curated rows whose names agree with the gazetteer', () => {
    const rows = readCsvRows(repoPath(GAZETTEER_DEFAULTS.curatedFile));
    expect(rows.length).toBeGreaterThanOrEqual(24);
    for (const row of rows) expect(g.get(row.code)?.forms.map((f) => f.form), row.code).toContain(row.name);
  });
  it('filters by within and orders deterministically', () => {
    const all = g.lookup('新城');
    expect(all.length).toBeGreaterThan(1);
    expect(g.lookup('新城')).toEqual(all);
    for (let i = 1; i < all.length; i++) expect(all[i - 1].score).toBeGreaterThanOrEqual(all[i].score);
    const inside = g.lookup('新城', { within: '150100000000' });
    expect(inside.every((c) => c.code.startsWith('1501'))).toBe(true);
  });
  it('returns nothing for empty, long or non-Chinese input', () => {
    expect(g.lookup('')).toEqual([]);
    expect(g.lookup('科'.repeat(5000))).toEqual([]);
    expect(g.lookup('hello world')).toEqual([]);
    expect(() => g.lookup('林东镇', { within: '15' })).toThrow(/12-digit/);
  });
});

describe('forms', () => {
  it('maps written forms to units for a matcher', () => {
    expect(g.forms.get('科右前旗')).toEqual([{ code: '152221000000', kind: 'abbrev' }]);
    expect(g.forms.get('林东镇')?.[0]).toEqual({ code: '150422100000', kind: 'official' });
    expect(g.variantKey('宝拉格')).toBe(g.variantKey('宝力格'));
  });
  it('keeps every league and county form, and every alias or abbreviation, unambiguous (but names the alias table shares)', () => {
    for (const [form, refs] of g.forms) {
      if (refs.every((r) => r.kind === 'shared')) continue;
      const upper = refs.some((r) => ['prefecture', 'county'].includes(g.get(r.code)!.level) || r.kind === 'alias' || r.kind === 'abbrev');
      if (upper) expect(refs, form).toHaveLength(1);
    }
  });
  it('leaves statistical placeholders out of the matcher forms but still finds them by lookup', () => {
    expect(g.forms.has('虚拟生活区')).toBe(false);
    expect(g.forms.has('第一生产队')).toBe(false);
    expect(g.lookup('第一生产队').length).toBeGreaterThan(1);
  });
  it('keeps distinct districts written without 区 but not ordinary words', () => {
    expect(g.lookup('集宁')[0]).toMatchObject({ code: '150902000000', matchKind: 'alias' });
    expect(g.forms.has('新城')).toBe(false);
    expect(g.forms.has('兴安')).toBe(false);
    expect(g.forms.get('巴彦淖尔')).toEqual([{ code: '150800000000', kind: 'bare' }]);
  });
});
