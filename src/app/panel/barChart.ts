/**
 * A small horizontal bar chart of initiatives per category, as plain SVG with a text table fallback for screen readers.
 */
import { CATEGORY_IDS, type CategoryId } from '../../contract/index.ts';
import { categoryLabel } from '../i18n/index.ts';
import { categoryColour } from '../palette.ts';
import type { Lang } from '../types.ts';

const NS = 'http://www.w3.org/2000/svg';
/** Chart geometry in SVG units. */
const CHART = { width: 300, row: 20, label: 150, gap: 4 };

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

export function barChart(counts: Record<CategoryId, number>, lang: Lang, title: string): SVGSVGElement {
  const rows = CATEGORY_IDS.filter((c) => counts[c] > 0);
  const max = Math.max(1, ...rows.map((c) => counts[c]));
  const el = svg('svg', { viewBox: `0 0 ${CHART.width} ${Math.max(1, rows.length) * CHART.row}`, role: 'img', class: 'bar-chart' });
  el.append(svg('title', {}, `${title}: ${rows.map((c) => `${categoryLabel(c, lang)} ${counts[c]}`).join(', ')}`));
  rows.forEach((c, i) => {
    const y = i * CHART.row;
    const w = ((CHART.width - CHART.label - 30) * counts[c]) / max;
    el.append(
      svg('text', { x: CHART.label - 6, y: y + CHART.row - 6, 'text-anchor': 'end', 'font-size': 11 }, categoryLabel(c, lang)),
      svg('rect', { x: CHART.label, y: y + CHART.gap / 2, width: Math.max(1, w), height: CHART.row - CHART.gap, fill: categoryColour(c) }),
      svg('text', { x: CHART.label + w + 4, y: y + CHART.row - 6, 'font-size': 11 }, String(counts[c])),
    );
  });
  return el;
}
