// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, type CategoryId } from '../../contract/index.ts';
import { categoryLabel } from '../i18n/index.ts';
import { barChart, labelWidth } from './barChart.ts';

const all = Object.fromEntries(CATEGORY_IDS.map((c, i) => [c, i + 1])) as Record<CategoryId, number>;
const viewWidth = (el: SVGSVGElement) => Number(el.getAttribute('viewBox')!.split(' ')[2]);

describe('barChart', () => {
  it('keeps short Chinese labels beside the bars, right-aligned inside the chart', () => {
    const el = barChart(all, 'zh', '类别');
    const labels = [...el.querySelectorAll('text[text-anchor=end]')];
    expect(labels).toHaveLength(CATEGORY_IDS.length);
    for (const t of labels) expect(Number(t.getAttribute('x')) - labelWidth(t.textContent!)).toBeGreaterThanOrEqual(0);
  });

  it('puts long English labels on their own line, starting inside the chart and no wider than it', () => {
    const el = barChart(all, 'en', 'Categories');
    const label = [...el.querySelectorAll('text')].find((t) => t.textContent === categoryLabel('party-education', 'en'))!;
    expect(label.getAttribute('text-anchor')).toBeNull();
    expect(Number(label.getAttribute('x'))).toBe(0);
    for (const c of CATEGORY_IDS) expect(labelWidth(categoryLabel(c, 'en'))).toBeLessThanOrEqual(viewWidth(el));
  });
});
