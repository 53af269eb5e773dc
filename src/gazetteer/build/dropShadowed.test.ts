import { describe, expect, it } from 'vitest';
import { dropShadowedBare } from './dropShadowed.ts';
import { makeForms } from './forms.ts';
import type { UnplacedUnit } from './unitRecords.ts';

const unit = (code: string, name: string, level: UnplacedUnit['level']): UnplacedUnit => ({
  code, name, shortName: name, level, parentCode: null, path: [], forms: makeForms(name, level),
});

describe('dropShadowedBare', () => {
  it('removes a township bare form that names a league or county, and keeps the others', () => {
    const [league, town, other] = dropShadowedBare([
      unit('150800000000', '巴彦淖尔市', 'prefecture'),
      unit('150000000001', '巴彦淖尔苏木', 'township'),
      unit('150000000002', '巴彦高勒苏木', 'township'),
    ]);
    expect(league.forms.map((f) => f.form)).toContain('巴彦淖尔');
    expect(town.forms.map((f) => f.form)).toEqual(['巴彦淖尔苏木']);
    expect(other.forms.map((f) => f.form)).toContain('巴彦高勒');
  });
});
