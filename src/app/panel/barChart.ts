/**
 * A small horizontal bar chart of initiatives per category, as plain SVG with a text table fallback for screen readers.
 */
import { CATEGORY_IDS, type CategoryId } from '../../contract/index.ts';
import { categoryLabel } from '../i18n/index.ts';
import { categoryColour } from '../palette.ts';
import type { Lang } from '../types.ts';

const NS = 'http://www.w3.org/2000/svg';
/** Chart geometry in SVG units. */
const CHART = { width: 300, row: 20, label: 150, gap: 4, font: 11 };

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Generous width of a label at the chart's font size (Han characters are square, Latin ones about 0.62 em). */
export function labelWidth(text: string, fontSize = CHART.font): number {
  let em = 0;
  for (const ch of text) em += /[\p{Script=Han}\uFF00-\uFFEF]/u.test(ch) ? 1 : 0.62;
  return em * fontSize;
}

export function barChart(counts: Record<CategoryId, number>, lang: Lang, title: string): SVGSVGElement {
  const rows = CATEGORY_IDS.filter((c) => counts[c] > 0);
  const max = Math.max(1, ...rows.map((c) => counts[c]));
  // Labels too long for the column beside the bars (English ones) go on their own line above each bar instead of being clipped.
  const beside = rows.every((c) => labelWidth(categoryLabel(c, lang)) <= CHART.label - 8);
  const rowH = beside ? CHART.row : CHART.row + CHART.font + 2;
  const barX = beside ? CHART.label : 0;
  const el = svg('svg', { viewBox: `0 0 ${CHART.width} ${Math.max(1, rows.length) * rowH}`, role: 'img', class: 'bar-chart' });
  el.append(svg('title', {}, `${title}: ${rows.map((c) => `${categoryLabel(c, lang)} ${counts[c]}`).join(', ')}`));
  rows.forEach((c, i) => {
    const y = i * rowH;
    const w = ((CHART.width - barX - 30) * counts[c]) / max;
    const barY = beside ? y : y + CHART.font + 2;
    const label = beside
      ? svg('text', { x: CHART.label - 6, y: y + CHART.row - 6, 'text-anchor': 'end', 'font-size': CHART.font }, categoryLabel(c, lang))
      : svg('text', { x: 0, y: y + CHART.font, 'font-size': CHART.font }, categoryLabel(c, lang));
    el.append(
      label,
      svg('rect', { x: barX, y: barY + CHART.gap / 2, width: Math.max(1, w), height: CHART.row - CHART.gap, fill: categoryColour(c) }),
      svg('text', { x: barX + w + 4, y: barY + CHART.row - 6, 'font-size': CHART.font }, String(counts[c])),
    );
  });
  return el;
}
