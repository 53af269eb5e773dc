/** Scores geoparser output against test/fixtures/gold-places.csv: (file, code) precision/recall and the trap checks. */
import Papa from 'papaparse';
import type { PlaceFeature } from '../../src/contract/index.ts';

export interface GoldRow { file: string; code: string; name: string; kind: string; parentCode: string; surface: string; note: string }

export function parseGold(csv: string): GoldRow[] {
  return Papa.parse<GoldRow>(csv, { header: true, skipEmptyLines: true }).data;
}

interface Span { file: string; start: number; end: number; surface: string; code: string | null }

function occurrences(text: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(needle); i >= 0 && needle; i = text.indexOf(needle, i + 1)) out.push([i, i + needle.length]);
  return out;
}

const overlaps = (m: Span, [s, e]: [number, number]) => m.start < e && s < m.end;

export function scoreGold(gold: GoldRow[], features: PlaceFeature[], texts: Map<string, string>) {
  const spans: Span[] = features.flatMap((f) => f.properties.mentions.map((m) => ({ ...m, code: f.properties.code })));
  const goldPlace = new Set(gold.filter((g) => g.kind === 'place' && g.code).map((g) => `${g.file} ${g.code}`));
  // Pairs whose every mention lies inside a name the annotation leaves unscored (ambiguous) are not counted.
  const unscored = gold.filter((g) => g.kind === 'ambiguous');
  const predicted = new Map<string, Span[]>();
  for (const s of spans) {
    if (!s.code) continue;
    const key = `${s.file} ${s.code}`;
    predicted.set(key, [...(predicted.get(key) ?? []), s]);
  }
  for (const [key, list] of predicted) {
    const free = list.filter((s) => !unscored.some((g) => g.file === s.file && occurrences(texts.get(s.file) ?? '', g.surface).some((o) => overlaps(s, o))));
    if (free.length === 0 && !goldPlace.has(key)) predicted.delete(key);
  }
  const tp = [...predicted.keys()].filter((k) => goldPlace.has(k));
  const falsePositives = [...predicted.entries()].filter(([k]) => !goldPlace.has(k)).map(([k, l]) => `${k} ${[...new Set(l.map((s) => s.surface))].join('/')}`);
  const misses = gold.filter((g) => g.kind === 'place' && g.code && !predicted.has(`${g.file} ${g.code}`)).map((g) => `${g.file} ${g.code} ${g.name} (${g.surface})`);
  const trapViolations: string[] = [];
  for (const g of gold.filter((r) => r.kind === 'not-place' || r.kind === 'outside')) {
    const allowed = new Set(gold.filter((r) => r.file === g.file && r.kind === 'place').map((r) => r.code));
    for (const o of occurrences(texts.get(g.file) ?? '', g.surface)) {
      for (const s of spans.filter((x) => x.file === g.file && overlaps(x, o))) {
        if (g.kind === 'outside' || !s.code || !allowed.has(s.code)) trapViolations.push(`${g.file} ${g.kind} "${g.surface}" mapped as ${s.code ?? 'unlisted'} (${s.surface})`);
      }
    }
  }
  return {
    precision: predicted.size ? tp.length / predicted.size : 0,
    recall: goldPlace.size ? tp.length / goldPlace.size : 0,
    falsePositives, misses, trapViolations,
  };
}
