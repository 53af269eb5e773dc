import { describe, expect, it } from 'vitest';
import { doubtOf } from './doubtfulMatch.ts';

describe('doubtOf', () => {
  it('doubts fuzzy, variant, single-candidate and unconfirmed short-form readings whatever their confidence', () => {
    for (const rule of ['fuzzy:variant', 'chain+fuzzy:edit', 'context+fuzzy:dropped-char', 'unique', 'exact+alias', 'context+bare', 'exact+shared']) {
      expect(doubtOf({ rule, confidence: 0.93 }), rule).toBe('doubtful');
    }
  });
  it('trusts full names, rule-made abbreviations (科右前旗), chains and context, and a short form confirmed by a chain', () => {
    for (const rule of ['exact', 'exact+abbrev', 'chain', 'context', 'context:document', 'chain+alias', 'pattern:chain']) expect(doubtOf({ rule, confidence: 0.9 }), rule).toBeNull();
  });
  it('calls anything under the bar low-confidence', () => {
    expect(doubtOf({ rule: 'exact', confidence: 0.6 })).toBe('low-confidence');
    expect(doubtOf({ rule: 'fuzzy:edit', confidence: 0.62 })).toBe('low-confidence');
  });
});
