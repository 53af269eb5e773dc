/**
 * Structural checks of the initiative steps on the seed pages and on bad input:
 * ordered non-overlapping items, contract-valid initiatives, traceable figures (timings are in bench/linearityBench.ts).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateInitiatives } from '../../src/contract/index.ts';
import { buildInitiatives } from '../../src/pipeline/initiatives/buildInitiatives.ts';
import { splitItems } from '../../src/pipeline/items/splitItems.ts';
import { identityDoc, seedDoc, seedFiles } from './seedDocs.ts';

describe.each(seedFiles())('seed %s', (file) => {
  const doc = seedDoc(file);
  const items = splitItems(doc.clean);
  const initiatives = buildInitiatives(doc, items, [], () => null);

  it('splits into ordered, non-overlapping items', () => {
    expect(items.length).toBeGreaterThan(0);
    for (let k = 1; k < items.length; k++) expect(items[k].start).toBeGreaterThanOrEqual(items[k - 1].end);
    for (const it of items) expect(it.bodyStart).toBeGreaterThanOrEqual(it.start);
  });

  it('builds contract-valid initiatives with traceable figures and verbatim summaries', () => {
    expect(validateInitiatives(initiatives)).toEqual([]);
    for (const it of initiatives) {
      for (const f of it.figures) expect(doc.text.slice(f.start, f.end)).toBe(f.text);
      expect(it.summary.length).toBeGreaterThan(0);
      expect(doc.text.slice(it.start, it.end).replace(/\s+/g, '')).toContain(it.summary.replace(/\s+/g, '').slice(0, 20));
    }
  });
});

describe('bad input', () => {
  it('never crashes and keeps items ordered on arbitrary text', () => {
    const chars = fc.constantFrom(...'\n\n\n□◎◆## 摄。,本报记者 张三甲乙丙1万余名“”()');
    fc.assert(fc.property(fc.array(chars, { maxLength: 200 }).map((a) => a.join('')), (page) => {
      const items = splitItems(page);
      for (let k = 1; k < items.length; k++) expect(items[k].start).toBeGreaterThanOrEqual(items[k - 1].end);
      expect(validateInitiatives(buildInitiatives(identityDoc(page), items, [], () => null))).toEqual([]);
    }));
  });

  it('turns unstructured text into one article', () => {
    const page = '这是一段没有标题也没有署名的文字,内容平平。\n它还有第二段,同样平平。';
    expect(splitItems(page)).toMatchObject([{ kind: 'article', start: 0, end: page.length }]);
  });

  it('splits a page of a megabyte into valid initiatives', () => {
    const page = seedFiles().map((f) => seedDoc(f).text).join('\n\n').repeat(36);
    expect(page.length).toBeGreaterThan(1_000_000);
    const items = splitItems(page);
    expect(items.length).toBeGreaterThan(100);
    expect(validateInitiatives(buildInitiatives(identityDoc(page), items, [], () => null))).toEqual([]);
  });
});
