import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { mayConvert } from './traditionalLines.ts';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const seedLines = readdirSync('seeds').filter((f) => f.endsWith('.txt')).flatMap((f) => readFileSync(join('seeds', f), 'utf8').split('\n'));

describe('mayConvert', () => {
  it('is true for every line the real t→cn converter changes, in simplified and traditional seed text', () => {
    const lines = [...seedLines, ...seedLines.map(toTraditional)];
    const missed = lines.filter((line) => toSimplified(line) !== line && !mayConvert(line));
    expect(missed).toEqual([]);
    // The traditional copies really are converted, so the check above covers changed lines.
    expect(lines.filter((line) => toSimplified(line) !== line).length).toBeGreaterThan(100);
  });

  it('lets most simplified news lines skip the converter', () => {
    const skipped = seedLines.filter((line) => !mayConvert(line)).length;
    expect(skipped / seedLines.length).toBeGreaterThan(0.8);
  });

  it('flags a phrase that changes only as a whole, a single character and a compatibility ideograph', () => {
    expect(toSimplified('反覆')).toBe('反复');
    expect(mayConvert('反覆')).toBe(true);
    expect(mayConvert('興安盟')).toBe(true);
    expect(mayConvert('\uF900')).toBe(true);
    expect(mayConvert('兴安盟科右前旗')).toBe(false);
  });

  it('looks only between start and end', () => {
    expect(mayConvert('兴安盟 興安盟', 0, 3)).toBe(false);
    expect(mayConvert('兴安盟 興安盟', 4)).toBe(true);
  });
});
