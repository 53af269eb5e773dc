/**
 * blockRanges: where the blocks of a web page that are not text lie — <script>, <style>, <noscript> and
 * <!-- comments -->. One scan with indexOf: once a closing mark is missing, no later block can close, so the
 * work stays linear even on a page of unclosed tags.
 */
const OPEN = /<!--|<(script|style|noscript)\b[^>]{0,500}>/gi;

export function blockRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const lower = text.toLowerCase();
  const missing = new Set<string>();
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(text); m; m = OPEN.exec(text)) {
    const close = m[1] ? `</${m[1].toLowerCase()}` : '-->';
    if (missing.has(close)) continue;
    const at = lower.indexOf(close, m.index + m[0].length);
    if (at < 0) { missing.add(close); continue; }
    const end = m[1] ? text.indexOf('>', at) + 1 || text.length : at + 3;
    ranges.push([m.index, end]);
    OPEN.lastIndex = end;
  }
  return ranges;
}
