import { describe, expect, it } from 'vitest';
import { applyCorrections, correctionsKey } from '../../src/pipeline/resolve/applyCorrections.ts';
import type { Correction } from '../../src/pipeline/resolve/corrections.ts';
import { defaultGeoparser, processFile } from '../../src/pipeline/index.ts';
import { toOriginal } from '../../src/pipeline/text/mapped.ts';

const gp = defaultGeoparser();
const TEXT = '乌海市乌达区举办培训。牧民乌达木穿着鄂尔多斯羊绒衫。\n鄂尔多斯市达拉特旗树林召镇干部说，树林召的牧民增收了。';
const processed = () => {
  const r = processFile(gp, { file: 'a.txt', bytes: new TextEncoder().encode(TEXT) });
  return { doc: r.doc!, mentions: r.mentions! };
};
const at = (surface: string, from = 0) => { const start = TEXT.indexOf(surface, from); return { start, end: start + surface.length, surface }; };
const row = (over: Partial<Correction>): Correction => ({ file: 'a.txt', start: 0, end: 0, surface: '', decision: 'reject', code: null, scope: { kind: 'mention' }, note: '', ...over });
const find = (doc: ReturnType<typeof processed>['doc'], list: ReturnType<typeof processed>['mentions'], start: number) =>
  list.find((m) => toOriginal(doc.map, m.start, m.end).start === start);

describe('applyCorrections', () => {
  it('rejects the one mention it names and leaves the others', () => {
    const { doc, mentions } = processed();
    const brand = at('鄂尔多斯');
    expect(find(doc, mentions, brand.start)?.code).toBe('150600000000');
    const out = applyCorrections(gp.gaz, doc, mentions, [row({ ...brand, decision: 'reject' })]);
    expect(find(doc, out, brand.start)).toMatchObject({ status: 'not-a-place', code: null, rule: 'review:reject' });
    expect(find(doc, out, at('鄂尔多斯市').start)).toMatchObject({ status: 'place', code: '150600000000' });
    expect(out).toHaveLength(mentions.length);
  });

  it('assigns every mention of a surface within the county, and none outside it', () => {
    const { doc, mentions } = processed();
    const second = at('树林召', TEXT.indexOf('树林召的'));
    const inCounty = row({ ...second, decision: 'assign', code: '150621100000', scope: { kind: 'surface', within: '150621000000' } });
    const out = applyCorrections(gp.gaz, doc, mentions, [inCounty]);
    expect(find(doc, out, second.start)).toMatchObject({ status: 'place', code: '150621100000', rule: 'review:assign', confidence: 1 });
    const elsewhere = applyCorrections(gp.gaz, doc, mentions, [{ ...inCounty, scope: { kind: 'surface', within: '150304000000' } }]);
    expect(find(doc, elsewhere, second.start)).toEqual(find(doc, mentions, second.start));
  });

  it('lets a mention row win over a surface row, and confirm keep the unit', () => {
    const { doc, mentions } = processed();
    const brand = at('鄂尔多斯');
    const rows = [row({ ...brand, decision: 'confirm', code: '150600000000' }), row({ ...brand, start: 0, end: 4, decision: 'reject', scope: { kind: 'surface', within: '150600000000' } })];
    const out = applyCorrections(gp.gaz, doc, mentions, rows);
    expect(find(doc, out, brand.start)).toMatchObject({ status: 'place', code: '150600000000', rule: 'review:confirm', confidence: 1 });
    expect(applyCorrections(gp.gaz, doc, mentions, rows.slice(1)).filter((m) => m.status === 'not-a-place' && m.rule === 'review:reject')).toHaveLength(1);
  });

  it('keys a file by the corrections that can touch it only', () => {
    const rows = [row({ ...at('乌达'), file: 'b.txt' }), row({ surface: '树林召', start: 1, end: 4, scope: { kind: 'surface', within: '150621000000' } })];
    expect(correctionsKey(rows, 'c.txt', () => '没有地名')).toBe('');
    expect(correctionsKey(rows, 'c.txt', () => '树林召')).not.toBe('');
    expect(correctionsKey(rows, 'c.txt', () => '树林召')).not.toBe(correctionsKey(rows, 'b.txt', () => '树林召'));
    expect(correctionsKey([rows[0]], 'c.txt', () => { throw new Error('no text needed'); })).toBe('');
  });
});
