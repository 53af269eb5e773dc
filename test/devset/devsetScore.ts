/**
 * Scores a pipeline run over the development set (../shared/devset/texts) against the hand gold in
 * test/fixtures/devset/: places, headlines, main categories, figures with their hedges and places. Every miss is listed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Initiative, PlaceCollection } from '../../src/contract/index.ts';
import { matchFigures, matchItem, titleSimilarity, type GoldItem } from '../initiatives/goldMatch.ts';
import { parseGold, scoreGold, type GoldRow } from '../pipeline/goldScore.ts';

export const GOLD_DIR = 'test/fixtures/devset';

export function loadDevsetGold(dir = GOLD_DIR): { places: GoldRow[]; items: GoldItem[] } {
  const names = readdirSync(dir).sort();
  const places = names.filter((n) => /^gold-places-.*\.csv$/.test(n)).flatMap((n) => parseGold(readFileSync(join(dir, n), 'utf8')));
  const items = names.filter((n) => /^gold-items-.*\.json$/.test(n)).flatMap((n) => JSON.parse(readFileSync(join(dir, n), 'utf8')) as GoldItem[]);
  return { places, items };
}

export interface Rate { hit: number; of: number; rate: number }
const rate = (hit: number, of: number): Rate => ({ hit, of, rate: of ? hit / of : 1 });

/** The 12-digit code a place id stands at (a unit the gazetteer lacks stands at its parent). */
function codeOfId(id: string | null, places: PlaceCollection): string | null {
  if (id === null) return null;
  if (/^c\d{12}$/.test(id)) return id.slice(1);
  return places.features.find((f) => f.properties.id === id)?.properties.parentCode ?? id;
}

export function scoreDevset(gold: { places: GoldRow[]; items: GoldItem[] }, places: PlaceCollection, initiatives: Initiative[], texts: Map<string, string>) {
  const misses: string[] = [];
  // Only files that have gold are scored, so a partly annotated set measures what it covers.
  const annotated = new Set([...gold.places.map((r) => r.file), ...gold.items.map((g) => g.file)]);
  const features = places.features.map((f) => ({ ...f, properties: { ...f.properties, mentions: f.properties.mentions.filter((m) => annotated.has(m.file)) } }));
  const p = scoreGold(gold.places, features, texts);
  for (const m of p.misses) misses.push(`place miss: ${m}`);
  for (const f of p.falsePositives) misses.push(`place false positive: ${f}`);
  for (const t of p.trapViolations) misses.push(`place trap: ${t}`);
  const used = new Set<Initiative>();
  const pairs = gold.items.map((g) => ({ g, p: matchItem(g, initiatives, used) }));
  let headlines = 0;
  let categories = 0;
  for (const { g, p: it } of pairs) {
    if (it && titleSimilarity(g.title, it.title) >= 0.8) headlines++;
    else misses.push(`headline miss ${g.file}: «${g.title}» → ${it ? `«${it.title}»` : 'no item'}`);
    const accepted = [g.category, ...(g.acceptedCategories ?? [])];
    if (it && accepted.includes(it.category)) categories++;
    else if (it) misses.push(`category miss ${g.file} «${g.title}»: gold ${accepted.join('|')}, got ${it.category}`);
  }
  let goldFigures = 0;
  let predictedFigures = 0;
  let matched = 0;
  let placeRight = 0;
  let hedgeRight = 0;
  for (const file of [...new Set(gold.items.map((g) => g.file))]) {
    const g = gold.items.filter((x) => x.file === file).flatMap((x) => x.figures);
    const pr = initiatives.filter((x) => x.file === file).flatMap((x) => x.figures);
    const m = matchFigures(g, pr);
    goldFigures += g.length;
    predictedFigures += pr.length;
    matched += m.matched;
    for (const x of m.missed) misses.push(`figure miss ${file}: ${x.text}`);
    for (const x of m.extra) misses.push(`figure extra ${file}: ${x.text}`);
    for (const { gold: gf, predicted: pf } of m.pairs) {
      const got = codeOfId(pf.place, places);
      if (got === (gf.place ?? null)) placeRight++;
      else misses.push(`figure place ${file} ${gf.text}: gold ${gf.place ?? 'null'}, got ${got ?? 'null'}`);
      if ((pf.hedge ?? null) === (gf.hedge ?? null)) hedgeRight++;
      else misses.push(`figure hedge ${file} ${gf.text}: gold ${gf.hedge ?? 'null'}, got ${pf.hedge ?? 'null'}`);
    }
  }
  return {
    placePrecision: p.precision, placeRecall: p.recall,
    headlines: rate(headlines, gold.items.length),
    categories: rate(categories, gold.items.length),
    figureRecall: rate(matched, goldFigures),
    figurePrecision: rate(matched, predictedFigures),
    figurePlace: rate(placeRight, matched),
    hedges: rate(hedgeRight, matched),
    misses,
  };
}
