import { describe, expect, it } from 'vitest';
import { contextSentence } from './contextSentence.ts';

describe('contextSentence', () => {
  it('returns the sentence around a span', () => {
    const t = '第一句。在包头市青山区开展活动,效果很好。第三句。';
    const s = t.indexOf('青山区');
    expect(contextSentence(t, s, s + 3)).toBe('在包头市青山区开展活动,效果很好。');
  });
  it('stays bounded in text without punctuation', () => {
    const t = '字'.repeat(1000) + '包头' + '字'.repeat(1000);
    expect(contextSentence(t, 1000, 1002, 20).length).toBeLessThanOrEqual(42);
  });
});
