import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decodeBytes.ts';

const utf16 = (s: string, le: boolean): Uint8Array => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + 2 * i] = le ? c & 0xff : c >> 8;
    out[3 + 2 * i] = le ? c >> 8 : c & 0xff;
  }
  return out;
};
/** 内蒙古包头市 in GB18030 (GBK range). */
const GB = new Uint8Array([0xc4, 0xda, 0xc3, 0xc9, 0xb9, 0xc5, 0xb0, 0xfc, 0xcd, 0xb7, 0xca, 0xd0]);

describe('decodeBytes', () => {
  it('decodes UTF-8 with and without BOM', () => {
    expect(decodeBytes(new TextEncoder().encode('包头市'))).toEqual({ ok: true, text: '包头市', encoding: 'utf-8' });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('包头')]))).toMatchObject({ ok: true, text: '包头' });
  });
  it('decodes UTF-16 LE and BE with BOM', () => {
    expect(decodeBytes(utf16('兴安盟', true))).toMatchObject({ ok: true, text: '兴安盟', encoding: 'utf-16le' });
    expect(decodeBytes(utf16('兴安盟', false))).toMatchObject({ ok: true, text: '兴安盟', encoding: 'utf-16be' });
  });
  it('falls back to GB18030 when the bytes are not UTF-8', () => {
    expect(decodeBytes(GB)).toEqual({ ok: true, text: '内蒙古包头市', encoding: 'gb18030' });
  });
  it('treats an empty file as empty text', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'utf-8' });
  });
  it('refuses binary data with a reason', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const r = decodeBytes(png);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/binary/);
  });
  it('refuses text full of control characters', () => {
    const r = decodeBytes(new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))));
    expect(r.ok).toBe(false);
  });
});
