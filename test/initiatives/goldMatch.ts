/**
 * Matching predicted initiatives against the gold annotation (test/fixtures/gold-items.json):
 * items by headline overlap or position, figures per file by value and overlapping text.
 */
import type { Initiative } from '../../src/contract/index.ts';

export interface GoldFigure { text: string; value: number; unit: string; approx: boolean; label: string; hedge?: string | null; place?: string | null; start?: number }
export interface GoldItem {
  file: string; kind: string; title: string; titleStart: number; category: string;
  secondaryCategories: string[]; figures: GoldFigure[];
  /** Development set: other main categories a careful editor would accept, and the item's main place code. */
  acceptedCategories?: string[]; place?: string | null;
}

const squash = (s: string): string => (s ?? '').replace(/[\s\u3000#□◎“”"‘’]/g, '');

/** Share of the shorter title's characters found, in order, as a common substring run (cheap LCS bound). */
export function titleSimilarity(a: string, b: string): number {
  const x = squash(a);
  const y = squash(b);
  if (!x || !y) return 0;
  if (x.includes(y) || y.includes(x)) return 1;
  let best = 0;
  for (let i = 0; i < x.length; i++) {
    for (let j = 0; j < y.length; j++) {
      let k = 0;
      while (x[i + k] !== undefined && x[i + k] === y[j + k]) k++;
      best = Math.max(best, k);
    }
  }
  return best / Math.min(x.length, y.length);
}

/** How far (characters) a gold headline may stand before the item it names. */
const NEAR = 40;

export function matchItem(gold: GoldItem, predicted: Initiative[], used: Set<Initiative>): Initiative | null {
  const free = predicted.filter((p) => p.file === gold.file && !used.has(p));
  const byTitle = free
    .map((p) => ({ p, s: gold.title ? titleSimilarity(gold.title, p.title) : 0 }))
    .filter((c) => c.s >= 0.5)
    .sort((a, b) => b.s - a.s)[0]?.p;
  const byPosition = free.find((p) => p.start <= gold.titleStart && gold.titleStart < p.end);
  // A gold headline just before an item (a label or kicker the splitter left outside) still names that item.
  const byNext = free.find((p) => p.start >= gold.titleStart && p.start - gold.titleStart <= NEAR);
  const hit = byTitle ?? byPosition ?? byNext ?? null;
  if (hit) used.add(hit);
  return hit;
}

const textsMeet = (a: string, b: string): boolean => a.includes(b) || b.includes(a);

/** Greedy one-to-one matching of figures by equal value and overlapping text (and overlapping spans when both have them). */
export function matchFigures<P extends { text: string; value: number; start?: number; end?: number }>(gold: GoldFigure[], predicted: P[]) {
  const taken = new Set<number>();
  const missed: GoldFigure[] = [];
  const pairs: { gold: GoldFigure; predicted: P }[] = [];
  const near = (g: GoldFigure, p: P) => g.start === undefined || p.start === undefined || Math.abs(g.start - p.start) <= g.text.length + 2;
  for (const g of gold) {
    const k = predicted.findIndex((p, i) => !taken.has(i) && Math.abs(p.value - g.value) < 1e-6 && textsMeet(p.text, g.text) && near(g, p));
    if (k >= 0) { taken.add(k); pairs.push({ gold: g, predicted: predicted[k] }); } else missed.push(g);
  }
  const extra = predicted.filter((_, i) => !taken.has(i));
  return { matched: taken.size, missed, extra, pairs };
}
