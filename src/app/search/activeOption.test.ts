import { describe, expect, it } from 'vitest';
import { nextActive } from './activeOption.ts';

describe('nextActive', () => {
  it('starts at the first or last option and wraps around', () => {
    expect(nextActive(-1, 3, 'ArrowDown')).toBe(0);
    expect(nextActive(-1, 3, 'ArrowUp')).toBe(2);
    expect(nextActive(2, 3, 'ArrowDown')).toBe(0);
    expect(nextActive(0, 3, 'ArrowUp')).toBe(2);
    expect(nextActive(1, 3, 'ArrowDown')).toBe(2);
  });

  it('has nothing to highlight in an empty list, and recovers from a stale index', () => {
    expect(nextActive(0, 0, 'ArrowDown')).toBe(-1);
    expect(nextActive(7, 3, 'ArrowDown')).toBe(0);
  });
});
