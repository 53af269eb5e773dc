import { describe, expect, it } from 'vitest';
import type { PlaceProperties } from '../../contract/index.ts';
import { doubtNote } from './placePanel.ts';

const place = (rule: string, doubtful: boolean, confidence = 0.93) => ({
  id: 'c152501000000', name: '二连浩特市', doubtful,
  mentions: [{ file: 'a.txt', start: 0, end: 2, surface: '二连', confidence, rule }],
}) as unknown as PlaceProperties;

describe('doubtNote', () => {
  it('says how a doubtful place was read, in both languages', () => {
    expect(doubtNote(place('exact+alias', true), 'zh')).toBe('位置匹配不确定：文中只以简称“二连”出现');
    expect(doubtNote(place('exact+alias', true), 'en')).toBe('Uncertain match: the text gives only the short form “二连”');
    expect(doubtNote(place('context+fuzzy:variant', true), 'en')).toMatch(/not exactly the official name/);
    expect(doubtNote(place('unique', true, 0.6), 'zh')).toMatch(/只有一个单位/);
    expect(doubtNote(place('exact', true, 0.5), 'en')).toMatch(/low confidence/);
  });
  it('says nothing for a place matched with certainty', () => {
    expect(doubtNote(place('exact+alias', false), 'zh')).toBe('');
  });
});
