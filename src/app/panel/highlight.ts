/**
 * Splits a slice of source text into plain and highlighted runs (place mentions, figures), so the panel can
 * build text nodes from it; overlapping spans are clipped, the earlier one wins.
 */
export type Mark = 'place' | 'figure';

export interface Span {
  start: number;
  end: number;
  mark: Mark;
}

export interface Run {
  text: string;
  mark: Mark | null;
}

/** Runs covering `text.slice(from, to)`; span offsets are in the whole text. */
export function runs(text: string, from: number, to: number, spans: Span[]): Run[] {
  const inside = spans
    .map((s) => ({ ...s, start: Math.max(s.start, from), end: Math.min(s.end, to) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Run[] = [];
  let at = from;
  for (const s of inside) {
    if (s.end <= at) continue;
    const start = Math.max(s.start, at);
    if (start > at) out.push({ text: text.slice(at, start), mark: null });
    out.push({ text: text.slice(start, s.end), mark: s.mark });
    at = s.end;
  }
  if (at < to) out.push({ text: text.slice(at, to), mark: null });
  return out;
}

/** DOM for the runs: text nodes and <mark> elements, never parsed HTML. */
export function renderRuns(rs: Run[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  for (const r of rs) {
    if (!r.mark) { frag.append(document.createTextNode(r.text)); continue; }
    const m = document.createElement('mark');
    m.className = `hl-${r.mark}`;
    m.textContent = r.text;
    frag.append(m);
  }
  return frag;
}
