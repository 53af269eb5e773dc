import { describe, expect, it } from 'vitest';
import type { Mention, PlaceProperties } from '../../contract/index.ts';
import { doubtNote } from './placePanel.ts';

const place = (doubtful: boolean) => ({ id: 'c152501000000', name: '二连浩特市', doubtful }) as unknown as PlaceProperties;
const first = (rule: string, confidence = 0.93): Mention => ({ file: 'a.txt', start: 0, end: 2, surface: '二连', confidence, rule });

describe('doubtNote', () => {
  it('says how a doubtful place was read, in both languages', () => {
    expect(doubtNote(place(true), first('exact+alias'), 'zh')).toBe('位置匹配不确定：文中只以简称“二连”出现');
    expect(doubtNote(place(true), first('exact+alias'), 'en')).toBe('Uncertain match: the text gives only the short form “二连”');
    expect(doubtNote(place(true), first('context+fuzzy:variant'), 'en')).toMatch(/not exactly the official name/);
    expect(doubtNote(place(true), first('unique', 0.6), 'zh')).toMatch(/只有一个单位/);
    expect(doubtNote(place(true), first('exact', 0.5), 'en')).toMatch(/low confidence/);
  });
  it('says only that the match is uncertain while the first mention is not known', () => {
    expect(doubtNote(place(true), undefined, 'en')).toBe('Uncertain match');
    expect(doubtNote(place(true), undefined, 'zh')).toBe('位置匹配不确定');
  });
  it('says nothing for a place matched with certainty', () => {
    expect(doubtNote(place(false), first('exact+alias'), 'zh')).toBe('');
  });
});
