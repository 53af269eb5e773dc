/**
 * decodeBytes: detects the encoding of one file (UTF-8 with or without BOM, UTF-16 LE/BE with BOM, GB18030)
 * and decodes it; binary or undecodable bytes give a reason instead of garbage text.
 */

export type Decoded =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: string };

/** Share of control characters above which decoded "text" is taken for binary data. */
const MAX_CONTROL_SHARE = 0.01;

function decode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

function looksBinary(text: string): boolean {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd) control++;
  }
  return control > Math.max(0, text.length * MAX_CONTROL_SHARE);
}

/** UTF-16 without a BOM: most ASCII-range code units have a zero byte on one side. */
function guessBomlessUtf16(bytes: Uint8Array): string | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZero = 0;
  let oddZero = 0;
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

function accept(text: string | null, encoding: string): Decoded | null {
  if (text === null) return null;
  if (looksBinary(text)) return { ok: false, reason: `binary content (control characters) after decoding as ${encoding}` };
  return { ok: true, text, encoding };
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: true, text: '', encoding: 'utf-8' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return accept(decode(bytes, 'utf-8'), 'utf-8') ?? { ok: false, reason: 'UTF-8 BOM but invalid UTF-8 bytes' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return accept(decode(bytes, 'utf-16le'), 'utf-16le') ?? { ok: false, reason: 'UTF-16LE BOM but invalid UTF-16' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return accept(decode(bytes, 'utf-16be'), 'utf-16be') ?? { ok: false, reason: 'UTF-16BE BOM but invalid UTF-16' };
  }
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) { const d = accept(decode(bytes, utf16), utf16); if (d?.ok) return d; }
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  const utf8 = decode(bytes, 'utf-8');
  if (utf8 !== null) return accept(utf8, 'utf-8')!;
  const gb = decode(bytes, 'gb18030');
  if (gb !== null) return accept(gb, 'gb18030')!;
  return { ok: false, reason: 'undecodable: neither UTF-8, UTF-16 with BOM nor GB18030' };
}
