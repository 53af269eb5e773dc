import { describe, expect, it } from 'vitest';
import { paddingFor } from './overlays.ts';

const MAP = { left: 0, top: 50, right: 880, bottom: 800 };

describe('paddingFor', () => {
  it('clears a tall legend on the left from the left, where it costs less of the map', () => {
    const p = paddingFor(MAP, [{ left: 10, top: 60, right: 210, bottom: 440 }], 0);
    expect(p).toEqual({ top: 0, right: 0, bottom: 0, left: 210 });
  });
  it('clears a bottom sheet from the bottom and a wide short bar from the top', () => {
    const phone = { left: 0, top: 90, right: 390, bottom: 596 };
    const p = paddingFor(phone, [{ left: 0, top: 338, right: 390, bottom: 844 }, { left: 8, top: 98, right: 120, bottom: 126 }], 0);
    expect(p.bottom).toBe(596 - 338);
    expect(p.top).toBe(126 - 90);
    expect(p.left).toBe(0);
  });
  it('ignores what lies beside the map', () => {
    expect(paddingFor(MAP, [{ left: 880, top: 50, right: 1280, bottom: 800 }], 0)).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
  });
  it('never leaves less than a third of the map to fit into', () => {
    const tiny = { left: 0, top: 0, right: 320, bottom: 240 };
    const p = paddingFor(tiny, [{ left: 0, top: 60, right: 320, bottom: 240 }, { left: 0, top: 0, right: 320, bottom: 80 }]);
    expect(240 - p.top - p.bottom).toBeGreaterThanOrEqual(240 * 0.3 - 1);
  });
});
