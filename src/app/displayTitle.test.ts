import { describe, expect, it } from 'vitest';
import { displayTitle, UNTITLED_LEAD_CHARS } from './displayTitle.ts';

describe('displayTitle', () => {
  it('keeps a real title', () => {
    expect(displayTitle({ title: '社区食堂开张', summary: '很长的导语' })).toBe('社区食堂开张');
  });
  it('falls back to the lead without the brief marker, shortened with an ellipsis', () => {
    const summary = '◆' + '融'.repeat(UNTITLED_LEAD_CHARS + 10);
    const t = displayTitle({ title: ' ', summary });
    expect(t.startsWith('融')).toBe(true);
    expect(t.endsWith('…')).toBe(true);
    expect(t.length).toBe(UNTITLED_LEAD_CHARS + 1);
  });
  it('keeps a short lead whole', () => {
    expect(displayTitle({ title: '', summary: '◆短讯。' })).toBe('短讯。');
  });
});
