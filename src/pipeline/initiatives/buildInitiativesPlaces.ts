/**
 * The places of an item, the one it is mainly about first: among the places it names prominently
 * (often, or in its headline or lead), the most specific; then the others in order of weight.
 */
import { levelDepth } from '../../contract/index.ts';
import type { ResolvedMention, Span } from '../types.ts';

export const MAIN_PLACE = {
  /** Extra weight of a mention in the headline and in the lead. */
  titleBonus: 3,
  leadBonus: 1,
  /** A place is prominent when its weight reaches this share of the heaviest … */
  share: 0.5,
  /** … and at least this weight. */
  min: 3,
  /** Deeper (levelDepth) is more specific; a 小区 (poi) is rarely what a story is about, so it ranks under a village. */
  poiDepth: 3.5,
};

interface Candidate { id: string; weight: number; depth: number; first: number }

const inside = (m: ResolvedMention, s: Span | null): boolean => !!s && m.start >= s.start && m.end <= s.end;

export function orderPlaces(
  mentions: ResolvedMention[], placeIdOf: (m: ResolvedMention) => string | null, title: Span | null, lead: Span,
): string[] {
  const byId = new Map<string, Candidate>();
  for (const m of mentions) {
    if (m.status !== 'place') continue;
    const id = placeIdOf(m);
    if (!id) continue;
    const c = byId.get(id) ?? { id, weight: 0, depth: m.level === 'poi' ? MAIN_PLACE.poiDepth : levelDepth(m.level), first: m.start };
    c.weight += 1 + (inside(m, title) ? MAIN_PLACE.titleBonus : 0) + (inside(m, lead) ? MAIN_PLACE.leadBonus : 0);
    c.first = Math.min(c.first, m.start);
    byId.set(id, c);
  }
  const all = [...byId.values()];
  if (!all.length) return [];
  const heaviest = Math.max(...all.map((c) => c.weight));
  const bar = Math.min(heaviest, Math.max(MAIN_PLACE.min, MAIN_PLACE.share * heaviest));
  const prominent = all.filter((c) => c.weight >= bar);
  const main = prominent.sort((a, b) => b.depth - a.depth || b.weight - a.weight || a.first - b.first)[0];
  const rest = all.filter((c) => c !== main).sort((a, b) => b.weight - a.weight || a.first - b.first);
  return [main.id, ...rest.map((c) => c.id)];
}
