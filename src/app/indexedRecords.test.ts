import { describe, expect, it } from 'vitest';
import { fixtureData, initiatives } from './search/testFixture.ts';
import { indexedRecords } from './indexedRecords.ts';
import { rowFor } from './list/rows.ts';
import { sortRows } from './list/sort.ts';

describe('the title order the build works out', () => {
  // Titles that collate equal, differ only in width or sort by pinyin, so ranks and id tie-breaks both matter.
  const titles = ['Ａ村', 'A村', '阿村', '白村', 'a村', '阿村'];
  const records = titles.map((title, i) => ({ ...initiatives[i % initiatives.length], id: `t#${i}`, title }));
  const { initiatives: entries } = indexedRecords(records, fixtureData.places);
  const rows = entries.map((e) => rowFor(e, new Map(fixtureData.places.features.map((f) => [f.properties.id, f.properties]))));

  it('sorts the list exactly as collating the titles would, in both directions', () => {
    const collated = rows.map(({ titleOrder: _, ...r }) => r);
    for (const dir of ['ascending', 'descending'] as const) {
      expect(sortRows(rows, 'title', dir).map((r) => r.id)).toEqual(sortRows(collated, 'title', dir).map((r) => r.id));
    }
    expect(new Set(entries.map((e) => e.titleOrder)).size).toBeLessThan(titles.length);
  });
});
