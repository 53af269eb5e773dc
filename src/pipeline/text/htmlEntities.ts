/** An HTML tag (name in group 1) and an entity (body in group 1), as normaliseText and markup-free display text read them. */
export const HTML_TAG = /<\/?([a-zA-Z][a-zA-Z0-9]{0,15})\b[^<>]{0,500}>/g;
export const HTML_ENTITY = /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g;

/** Text of a web page without its tags and with its entities decoded (titles and summaries shown from the original). */
export function withoutMarkup(text: string): string {
  return text.replace(HTML_TAG, '').replace(HTML_ENTITY, (x, body: string) => decodeEntity(body) ?? x);
}

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
