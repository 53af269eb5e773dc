import { describe, expect, it } from 'vitest';
import { buckets, inPeriod } from './period.ts';

describe('inPeriod', () => {
  it('keeps a date whose span overlaps the period, at any precision on either side', () => {
    expect(inPeriod('2024-05-10', '2024-05', '2024-05')).toBe(true);
    expect(inPeriod('2024-05-10', '2024-06', null)).toBe(false);
    expect(inPeriod('2024-05-10', null, '2024-04-30')).toBe(false);
    expect(inPeriod('2024', '2024-06', '2024-06')).toBe(true);
    expect(inPeriod('2023', '2024', null)).toBe(false);
    expect(inPeriod('2025-01', null, '2024')).toBe(false);
  });
  it('always keeps undated items and everything without a period', () => {
    expect(inPeriod(null, '2024', '2024')).toBe(true);
    expect(inPeriod('1990-01-01', null, null)).toBe(true);
  });
});

describe('buckets', () => {
  it('counts per month over a short span, empty months included, undated apart', () => {
    expect(buckets(['2024-05-10', '2024-07', null, '2024-05-01'])).toEqual({
      bars: [{ key: '2024-05', count: 2 }, { key: '2024-06', count: 0 }, { key: '2024-07', count: 1 }], undated: 1, unit: 'month',
    });
  });
  it('counts per year over a long span or when a date gives only its year', () => {
    expect(buckets(['2020-01-01', '2024-05-10']).bars.map((b) => b.key)).toEqual(['2020', '2021', '2022', '2023', '2024']);
    expect(buckets(['2024', '2024-05-10'])).toMatchObject({ bars: [{ key: '2024', count: 2 }], unit: 'year' });
  });
  it('has no bars when nothing is dated', () => {
    expect(buckets([null, null])).toEqual({ bars: [], undated: 2, unit: 'year' });
  });
});
