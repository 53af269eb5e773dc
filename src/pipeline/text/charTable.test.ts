import { describe, expect, it } from 'vitest';
import { CharTable } from './charTable.ts';

describe('CharTable', () => {
  it('holds the first or last code unit of each word, or every unit of a string, and nothing else', () => {
    const first = CharTable.firstOf(['书记', '主任', '']);
    expect(['书', '主', '记', '任', 'a'].map((c) => first.has(c.charCodeAt(0)))).toEqual([true, true, false, false, false]);
    const last = CharTable.lastOf(['书记', '主任']);
    expect(['书', '记', '任'].map((c) => last.has(c.charCodeAt(0)))).toEqual([false, true, true]);
    const punct = CharTable.of('\uFF0C。\n');
    expect(['\uFF0C', '。', '\n', ',', ' '].map((c) => punct.has(c.charCodeAt(0)))).toEqual([true, true, true, false, false]);
  });
});
