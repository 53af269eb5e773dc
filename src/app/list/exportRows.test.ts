import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Initiative } from '../../contract/index.ts';
import { indexedRecords } from '../indexedRecords.ts';
import { fixtureData, initiatives } from '../search/testFixture.ts';

/** The fixture with its records changed, indexed as the build would. */
const changed = (f: (it: Initiative) => Initiative) => ({ ...fixtureData, ...indexedRecords(initiatives.map(f), fixtureData.places) });
import { CSV_COLUMNS, csvRows, geojsonSubset } from './exportRows.ts';

describe('csvRows', () => {
  it('writes the contract fields, places by name and figures as written', () => {
    const rows = csvRows(fixtureData, ['a#1', 'missing']);
    expect(rows).toEqual([{
      id: 'a#1', title: '科右前旗建成互助幸福院', kind: 'article', category: 'elderly-care',
      places: '科尔沁右翼前旗; 科尔沁镇', figures: '12所 幸福院; 3000000元 投入资金',
      outlet: '', date: '', page: '', url: '', file: 'a.txt',
    }]);
  });

  it('carries the source\'s outlet, date, page and link', () => {
    const source = { id: 'a', title: null, outlet: '兴安日报', date: '2024-05', page: 'A2', url: 'https://example.org/a' };
    const data = changed((it) => ({ ...it, source }));
    expect(csvRows(data, ['a#1'])[0]).toMatchObject({ outlet: '兴安日报', date: '2024-05', page: 'A2', url: 'https://example.org/a' });
    const props = geojsonSubset(data, { places: ['c152221100000'], initiatives: ['a#2'] }).features[0].properties;
    expect([props.outlets, props.dates, props.urls]).toEqual([['兴安日报'], ['2024-05'], ['https://example.org/a']]);
  });

  it('round-trips through papaparse with quotes and commas intact', () => {
    const data = changed((it) => (it.id === 'a#2' ? { ...it, title: '一,二"三"\n四' } : it));
    const csv = Papa.unparse(csvRows(data, ['a#2']), { columns: [...CSV_COLUMNS] });
    const back = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    expect(Object.keys(back[0])).toEqual([...CSV_COLUMNS]);
    expect(back[0].title).toBe('一,二"三"\n四');
  });
});

describe('geojsonSubset', () => {
  it('keeps only visible places, each with its visible initiatives and their titles', () => {
    const fc = geojsonSubset(fixtureData, { places: ['c152221100000'], initiatives: ['a#2'] });
    expect(fc.features).toHaveLength(1);
    const f = fc.features[0];
    expect(f.geometry).toEqual({ type: 'Point', coordinates: [121.9, 46.3] });
    expect(f.properties).toEqual({
      id: 'c152221100000', name: '科尔沁镇', level: 'township', code: '152221100000', precision: 'exact',
      path: '兴安盟 › 科尔沁右翼前旗 › 科尔沁镇', initiatives: ['a#2'], titles: ['“积分超市”激活乡村治理'],
      outlets: [null], dates: [null], urls: [null],
    });
  });

  it('does not share coordinates with the loaded data', () => {
    const fc = geojsonSubset(fixtureData, { places: ['c152221000000'], initiatives: [] });
    fc.features[0].geometry.coordinates[0] = 0;
    expect(fixtureData.places.features[0].geometry.coordinates[0]).toBe(121.47);
    expect(fc.features[0].properties.initiatives).toEqual([]);
  });
});
