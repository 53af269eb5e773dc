/** Decodes one HTML entity body (`amp`, `#20013`, `#x4E2D`); unknown names return null (kept as text). */
const NAMED: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", middot: '·', ldquo: '“', rdquo: '”',
  lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', ensp: ' ', emsp: ' ', thinsp: ' ', times: '×',
  bull: '•', deg: '°', copy: '©', reg: '®', zwj: '', zwnj: '',
};

export function decodeEntity(body: string): string | null {
  if (body[0] === '#') {
    const n = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
    return String.fromCodePoint(n);
  }
  return NAMED[body.toLowerCase()] ?? null;
}
