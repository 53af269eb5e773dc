/**
 * Property-based tests over every text step: random and adversarial strings must not throw, every offset stays
 * inside its text, and every surface/figure text equals the text at its span (timings: bench/linearityBench.ts).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Geoparser } from '../../src/pipeline/geoparser.ts';
import { decodeBytes } from '../../src/pipeline/text/decodeBytes.ts';
import { extractFigures } from '../../src/pipeline/initiatives/extractFigures.ts';
import { extractPeople } from '../../src/pipeline/initiatives/extractPeople.ts';
import { findMentions } from '../../src/pipeline/mentions/findMentions.ts';
import { formOfSpan } from '../../src/pipeline/mentions/buildMatcher.ts';
import { processFile } from '../../src/pipeline/index.ts';
import { normaliseText } from '../../src/pipeline/text/normaliseText.ts';
import { readArabic, readChinese } from '../../src/pipeline/initiatives/parseNumber.ts';
import { repairLayout } from '../../src/pipeline/text/repairLayout.ts';
import { resolveMentions } from '../../src/pipeline/resolve/resolveMentions.ts';
import { splitItems } from '../../src/pipeline/items/splitItems.ts';
import { buildInitiatives } from '../../src/pipeline/initiatives/buildInitiatives.ts';
import { fileMention } from '../../src/pipeline/run/cacheEntry.ts';
import { placeIdOf } from '../../src/pipeline/merge/geocodeMentions.ts';
import { testGeoparser } from './testGeoparser.ts';

/** Pieces that stress the steps: digit runs, 村 runs, brackets, tags, bidi controls, lone surrogates, places. */
const PIECES = [
  '0123456789', '1,200.5', '55.91亿元', '十余项', '近千名', '村', '村村村村', '嘎查', '社区', '苏木', '镇', '旗', '（', '）', '【', '】', '“', '”', '《', '》',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:', '&nbsp;', '&#x5185;', '\u202e', '\u202d', '\u200f', '\u2066',
  '\ud800', '\udfff', '\u0000', '\n', '\n\n', '　', ' ', '。', '，', '：', '□本报记者 张明', '◎', '内蒙古', '鄂尔多斯市达拉特旗中和西镇南伙房村',
  '團結社區', '乌兰镇', '全旗', '北京', 'ＡＢＣ１２３', '书记', '王', '李', '带领', '户', '万', '亿', '%', '行政', '自然', '四子王旗郑家滩',
];
const adversarial = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 80 }).map((xs) => xs.join(''));
const RUNS = { numRuns: 150 };

function inside(text: string, s: { start: number; end: number }): void {
  expect(s.start).toBeGreaterThanOrEqual(0);
  expect(s.end).toBeGreaterThanOrEqual(s.start);
  expect(s.end).toBeLessThanOrEqual(text.length);
}

let gp: Geoparser;
beforeAll(async () => { gp = await testGeoparser(); }, 120_000);

describe('text steps on adversarial strings', () => {
  it('decodeBytes gives a known encoding or a reason for any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
      const d = decodeBytes(b);
      if (d.ok) expect(['utf-8', 'utf-16le', 'utf-16be', 'gb18030']).toContain(d.encoding);
      else expect(d.reason).not.toBe('');
    }), RUNS);
  });

  it('decodeBytes gives back any UTF-8 text unchanged', () => {
    const text = fc.array(fc.constantFrom('内', '蒙', '古', '村', '嘎', '查', 'a', 'Z', '1', ' ', '。', '“', '\n', '𠀀'), { maxLength: 60 }).map((xs) => xs.join(''));
    fc.assert(fc.property(text, (t) => {
      expect(decodeBytes(new TextEncoder().encode(t))).toEqual({ ok: true, text: t, encoding: 'utf-8' });
    }), RUNS);
  });

  it('normaliseText and repairLayout keep a monotone map into the original text', () => {
    fc.assert(fc.property(adversarial, (t) => {
      const m = repairLayout(normaliseText(t));
      expect(m.map.length).toBe(m.text.length + 1);
      expect(m.map[m.text.length]).toBe(t.length);
      for (let i = 0; i < m.text.length; i++) {
        expect(m.map[i]).toBeLessThan(t.length);
        if (i > 0) expect(m.map[i]).toBeGreaterThanOrEqual(m.map[i - 1]);
      }
    }), RUNS);
  });

  it('splitItems, findMentions and resolveMentions give spans inside the text with exact surfaces', () => {
    fc.assert(fc.property(adversarial, (t) => {
      const items = splitItems(t);
      for (const it of items) inside(t, it);
      const raw = findMentions(t, gp.matcher, gp.commonWords);
      for (const m of raw) inside(t, m);
      const res = resolveMentions(gp, t, items.length ? items : [{ kind: 'article', start: 0, end: t.length, title: null, byline: null, bodyStart: 0 }], raw);
      for (const m of res) {
        inside(t, m);
        expect(m.surface).toBe(formOfSpan(t, m.start, m.end));
        expect(m.confidence).toBeGreaterThanOrEqual(0);
        expect(m.confidence).toBeLessThanOrEqual(1);
      }
    }), RUNS);
  });

  it('parseNumber, extractFigures and extractPeople stay inside the span', () => {
    fc.assert(fc.property(adversarial, (t) => {
      for (let i = 0; i < t.length; i++) {
        expect(readArabic(t, i).end).toBeLessThanOrEqual(t.length);
        expect(readChinese(t, i).end).toBeLessThanOrEqual(t.length);
      }
      for (const f of extractFigures(t, { start: 0, end: t.length })) { inside(t, f); expect(Number.isFinite(f.value)).toBe(true); }
      for (const p of extractPeople(t, { start: 0, end: t.length })) {
        expect(p.name).not.toBe('');
        expect(t).toContain(p.name);
      }
    }), RUNS);
  });

  it('processFile + buildInitiatives: mention surfaces and figure texts equal the original text at their spans', () => {
    fc.assert(fc.property(adversarial, (t) => {
      const r = processFile(gp, { file: 'p.txt', bytes: new TextEncoder().encode(t) });
      if (!r.doc || !r.items || !r.mentions) return;
      const { doc } = r;
      for (const m of r.mentions) {
        inside(doc.clean, m);
        expect(m.surface).toBe(formOfSpan(doc.clean, m.start, m.end));
        // Through the per-file step's own mapping: the span the merge receives is a non-empty span of the original
        // text that starts where the clean surface's first character came from.
        const o = fileMention(doc, m);
        inside(doc.text, o);
        expect(o.start).toBeLessThan(o.end);
        expect(o.start).toBe(doc.map[m.start]);
      }
      for (const it of buildInitiatives(doc, r.items, r.mentions, placeIdOf)) {
        inside(doc.text, it);
        for (const f of it.figures) { inside(doc.text, f); expect(doc.text.slice(f.start, f.end)).toBe(f.text); }
      }
    }), { numRuns: 100 });
  });
});
