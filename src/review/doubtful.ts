/**
 * The review list: every doubtful mention of report.json (fuzzy, variant, bare-name, single-candidate and
 * low-confidence matches, unresolved place-like strings, places outside Inner Mongolia) that no decision covers yet,
 * with its unit, the gazetteer's next candidates and its weight (initiatives and figures that hang on it), heaviest first.
 */
import type { Initiative, PlaceCollection, Report, ReportedMention } from '../contract/index.ts';
import type { Gazetteer, Unit } from '../gazetteer/index.ts';
import type { Correction } from '../pipeline/resolve/index.ts';

/** Report statuses an editor should look at; `generic` (全旗) and the reviewed stop list are left out. */
export const DOUBTFUL_STATUSES = new Set(['doubtful', 'low-confidence', 'unresolved', 'outside']);
const CANDIDATES = 5;

export interface UnitView {
  code: string;
  name: string;
  /** League › banner › … › unit. */
  chain: string;
  lon: number;
  lat: number;
}

export interface DoubtfulMention {
  id: string;
  file: string;
  start: number;
  end: number;
  surface: string;
  context: string;
  /** Where the surface starts inside `context` (-1 when the source is gone). */
  contextOffset: number;
  code: string | null;
  chain: string | null;
  unit: UnitView | null;
  candidates: UnitView[];
  /** What makes it doubtful: the report's kind (fuzzy, variant, bare-name …) or status. */
  reason: string;
  /** The report's own words. */
  detail: string;
  /** Initiatives and figures that hang on the mention. */
  weight: number;
}

export const mentionId = (file: string, start: number, end: number) => `${file}:${start}:${end}`;

export function parseMentionId(id: string): { file: string; start: number; end: number } | null {
  const m = /^([^/\\:]+\.txt):(\d+):(\d+)$/i.exec(id);
  return m ? { file: m[1], start: Number(m[2]), end: Number(m[3]) } : null;
}

export function unitView(u: Pick<Unit, 'code' | 'name' | 'path' | 'lon' | 'lat'>): UnitView {
  return { code: u.code, name: u.name, chain: u.path.map((s) => s.name).join(' › '), lon: u.lon, lat: u.lat };
}

/** The gazetteer's candidates for a surface other than the chosen unit, best first. */
export function candidatesFor(gaz: Gazetteer, surface: string, chosen: string | null, n = CANDIDATES): UnitView[] {
  const seen = new Set<string>(chosen ? [chosen] : []);
  const out: UnitView[] = [];
  for (const c of gaz.lookup(surface)) {
    if (seen.has(c.code)) continue;
    seen.add(c.code);
    out.push(unitView(c));
    if (out.length === n) break;
  }
  return out;
}

/** Initiatives whose item holds the mention and that list its place, plus their figures about that place. */
export function weightOf(m: SeenMention, initiatives: Initiative[]): number {
  const place = m.code ? `c${m.code}` : null;
  let w = 0;
  for (const it of initiatives) {
    if (it.file !== m.file || m.start < it.start || m.start >= it.end) continue;
    if (place && !it.places.includes(place)) continue;
    w += 1 + (place ? it.figures.filter((f) => f.place === place).length : 0);
  }
  return w;
}

/** A mention as the review reads it: a reported one, or a place of places.geojson (status `place`). */
export type SeenMention = Omit<ReportedMention, 'status'> & { status: ReportedMention['status'] | 'place' };

/** The kind of doubt, named from the rule of a `doubtful` mention (see ruleDoubt in the contract); the others are their status. */
function reasonOf(m: SeenMention): string {
  if (m.status !== 'doubtful') return m.status;
  const rule = m.rule;
  if (/variant/.test(rule)) return 'variant';
  if (/fuzzy/.test(rule)) return 'fuzzy';
  if (/\bunique\b/.test(rule)) return 'single-candidate';
  if (/\+bare\b/.test(rule)) return 'bare-name';
  if (/\+abbrev\b/.test(rule)) return 'abbreviation';
  if (/\+alias\b/.test(rule)) return 'alias';
  return 'doubtful';
}

/** True when a decision already covers the mention (so it leaves the list even before the re-run ends). */
function decided(gaz: Gazetteer, m: ReportedMention, rows: Correction[]): boolean {
  if (m.rule.startsWith('review:') || m.reason.startsWith('review:')) return true;
  return rows.some((r) => r.surface === m.surface && (r.scope.kind === 'mention'
    ? r.file === m.file && r.start === m.start && r.end === m.end
    : !!m.code && gaz.isWithin(m.code, r.scope.within)));
}

/** One mention as the review page shows it: its sentence, unit, next candidates and weight. */
export function mentionView(gaz: Gazetteer, m: SeenMention, initiatives: Initiative[], text: string | undefined): DoubtfulMention {
  const unit = m.code ? gaz.get(m.code) : undefined;
  const at = text === undefined ? -1 : text.lastIndexOf(m.context, m.start);
  return {
    id: mentionId(m.file, m.start, m.end), file: m.file, start: m.start, end: m.end, surface: m.surface, context: m.context,
    contextOffset: at >= 0 && at + m.context.length >= m.end ? m.start - at : -1,
    code: m.code ?? null, chain: unit ? unitView(unit).chain : null, unit: unit ? unitView(unit) : null,
    candidates: candidatesFor(gaz, m.surface, m.code ?? null), reason: reasonOf(m), detail: m.reason, weight: weightOf(m, initiatives),
  };
}

export function doubtfulMentions(gaz: Gazetteer, report: Report, initiatives: Initiative[], rows: Correction[], textOf: (file: string) => string | undefined): DoubtfulMention[] {
  return report.mentions
    .filter((m) => DOUBTFUL_STATUSES.has(m.status) && !decided(gaz, m, rows))
    .map((m) => mentionView(gaz, m, initiatives, textOf(m.file)))
    .sort((a, b) => b.weight - a.weight || a.file.localeCompare(b.file) || a.start - b.start);
}

/** Every mention of one article as the outputs have it (places and reported ones), for highlighting its text. */
export function articleMentions(places: PlaceCollection, report: Report, file: string) {
  type Seen = { id: string; start: number; end: number; surface: string; status: string; rule: string; code: string | null; name: string | null; lon?: number; lat?: number };
  const out: Seen[] = [];
  const reported = new Map(report.mentions.filter((m) => m.file === file).map((m) => [mentionId(file, m.start, m.end), m]));
  for (const f of places.features) {
    for (const m of f.properties.mentions) {
      if (m.file !== file) continue;
      const id = mentionId(file, m.start, m.end);
      // Low-confidence and doubtful places are in both files: the map gives the unit, the report the doubt.
      const [lon, lat] = f.geometry.coordinates;
      out.push({ id, start: m.start, end: m.end, surface: m.surface, status: reported.get(id)?.status ?? 'place', rule: m.rule, code: f.properties.code, name: f.properties.name, lon, lat });
      reported.delete(id);
    }
  }
  for (const [id, m] of reported) out.push({ id, start: m.start, end: m.end, surface: m.surface, status: m.status, rule: m.rule, code: m.code ?? null, name: null });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
