/**
 * Search as you type for "choose another unit": the gazetteer's own lookup first (forms, stems, variants, a typo),
 * then units whose name or a written form starts with the text, those in the mention's county first.
 */
import type { Gazetteer } from '../gazetteer/index.ts';
import { unitView, type UnitView } from './doubtful.ts';

const LIMIT = 12;
const LEVEL_ORDER = ['prefecture', 'county', 'township', 'village'];

export function searchUnits(gaz: Gazetteer, query: string, near: string | null): UnitView[] {
  const q = query.trim().slice(0, 32);
  if (q === '') return [];
  const out = new Map<string, UnitView>();
  for (const c of gaz.lookup(q)) if (out.size < LIMIT) out.set(c.code, unitView(c));
  if (out.size >= LIMIT) return [...out.values()];
  const starts = [...gaz.units.values()].filter((u) => !out.has(u.code) && (u.name.startsWith(q) || u.forms.some((f) => f.form.startsWith(q))));
  const inNear = (code: string) => (near && /^\d{12}$/.test(near) && gaz.isWithin(code, near) ? 0 : 1);
  starts.sort((a, b) => inNear(a.code) - inNear(b.code) || LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) || a.code.localeCompare(b.code));
  for (const u of starts.slice(0, LIMIT - out.size)) out.set(u.code, unitView(u));
  return [...out.values()];
}
