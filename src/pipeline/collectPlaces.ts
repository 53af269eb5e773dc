/**
 * collectPlaces: merges the mapped mentions of every file into contract PlaceFeatures, one per unit, with
 * stable ids (`c<code>`, `x<parentCode>-<name>`) and every mention's span in the original text.
 */
import type { Mention, PathStep, PlaceFeature } from '../contract.ts';
import type { Gazetteer } from '../gazetteer/index.ts';
import { stemOf } from '../gazetteer/index.ts';
import { doubtOf } from './doubtfulMatch.ts';
import { geocodeMentions, placeIdOf } from './geocodeMentions.ts';
import { toOriginal } from './mapped.ts';
import type { Doc, Located, ResolvedMention } from './types.ts';

export interface DocMentions {
  doc: Doc;
  mentions: ResolvedMention[];
}

/** The mention as the contract wants it: offsets and surface in the decoded original text. */
export function originalMention(doc: Doc, m: ResolvedMention): Mention {
  const { start, end } = toOriginal(doc.map, m.start, m.end);
  return { file: doc.file, start, end, surface: doc.text.slice(start, end), confidence: m.confidence, rule: m.rule };
}

function newFeature(gaz: Gazetteer, m: ResolvedMention, id: string, loc: Located): PlaceFeature {
  const unit = m.code ? gaz.get(m.code) : undefined;
  const parent = m.parentCode ? gaz.get(m.parentCode) : undefined;
  const path: PathStep[] = unit ? unit.path : [...(parent?.path ?? []), { code: null, name: m.name, level: m.level }];
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [loc.lon, loc.lat] },
    properties: {
      id,
      name: unit?.name ?? m.name,
      shortName: unit?.shortName ?? (stemOf(m.name) || m.name),
      level: unit?.level ?? m.level,
      code: unit?.code ?? null,
      parentCode: unit ? unit.parentCode : (parent?.code ?? null),
      path,
      precision: loc.precision,
      inGazetteer: loc.inGazetteer,
      mentions: [],
      initiatives: [],
      doubtful: true,
    },
  };
}

export function collectPlaces(gaz: Gazetteer, docs: DocMentions[]): PlaceFeature[] {
  const byId = new Map<string, PlaceFeature>();
  for (const { doc, mentions } of docs) {
    const located = geocodeMentions(gaz, mentions);
    for (const m of mentions) {
      const id = placeIdOf(m);
      const loc = id ? located.get(id) : undefined;
      if (!id || !loc) continue;
      let f = byId.get(id);
      if (!f) byId.set(id, (f = newFeature(gaz, m, id, loc)));
      f.properties.mentions.push(originalMention(doc, m));
      if (doubtOf(m) === null) f.properties.doubtful = false;
    }
  }
  return [...byId.values()].sort((a, b) => a.properties.id.localeCompare(b.properties.id));
}
