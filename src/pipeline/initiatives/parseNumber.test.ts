import { describe, expect, it } from 'vitest';
import { MAX_NUMERAL_LENGTH, readArabic, readChinese } from './parseNumber.ts';

describe('readArabic', () => {
  it('reads integers, decimals and thousands separators', () => {
    expect(readArabic('1804个', 0)).toEqual({ end: 4, value: 1804, bad: false });
    expect(readArabic('55.91亿元', 0)).toEqual({ end: 5, value: 55.91, bad: false });
    expect(readArabic('12,000亩', 0)).toEqual({ end: 6, value: 12000, bad: false });
    // A code, phone or ID number is no amount: longer than ten plain digits.
    expect(readArabic('150929104208220台', 0).bad).toBe(true);
    expect(readArabic('13812345678', 0).bad).toBe(true);
    expect(readArabic('1234567890元', 0)).toEqual({ end: 10, value: 1234567890, bad: false });
  });
  it('does not take a sentence-final dot or a list comma as part of the number', () => {
    expect(readArabic('3.坚持', 0).end).toBe(1);
    expect(readArabic('3,4', 0).value).toBe(3);
  });
  it('marks over-long digit runs bad and skips them whole', () => {
    const r = readArabic('9'.repeat(MAX_NUMERAL_LENGTH + 5) + '元', 0);
    expect(r.bad).toBe(true);
    expect(r.end).toBe(MAX_NUMERAL_LENGTH + 5);
  });
});

describe('readChinese', () => {
  it.each([
    ['十余项', 10, 1], ['两轮', 2, 1], ['一百二十名', 120, 4], ['十二个', 12, 2], ['千名', 1000, 1], ['三千五百人', 3500, 4],
  ])('%s → %d', (text, value, end) => {
    expect(readChinese(text, 0)).toEqual({ end, value, bad: false });
  });
});

describe('readChinese: digits side by side', () => {
  it.each([
    ['两三百', 200, 300], ['三四十', 30, 40], ['十七八', 17, 18], ['一两', 1, 2], ['五六千', 5000, 6000], ['三五', 3, 5],
  ])('%s is the range %d–%d', (text, value, high) => {
    expect(readChinese(text, 0)).toEqual({ end: text.length, value, high, bad: false });
  });
  it('reads a year digit by digit and a 零 as a place holder', () => {
    expect(readChinese('二〇二三', 0)).toEqual({ end: 4, value: 2023, bad: false });
    expect(readChinese('一百零五', 0)).toEqual({ end: 4, value: 105, bad: false });
  });
  it('marks any other pair of digits bad: 八一 is a date or a name, not eighty-one', () => {
    expect(readChinese('八一', 0).bad).toBe(true);
    expect(readChinese('二五', 0).bad).toBe(true);
  });
});
