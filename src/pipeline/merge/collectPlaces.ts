/**
 * collectPlaces: merges the mapped mentions of every file into contract PlaceFeatures, one per unit, with
 * stable ids (`c<code>`, `x<parentCode>-<name>`) and every mention's span in the original text.
 */
import type { Mention, PathStep, PlaceFeature } from '../../contract/index.ts';
import type { Gazetteer } from '../../gazetteer/index.ts';
import { stemOf } from '../../gazetteer/index.ts';
import { doubtOf } from './doubtfulMatch.ts';
import { geocodeMentions, placeIdOf } from './geocodeMentions.ts';
import { MentionColumns } from './mentionColumns.ts';
import type { FileMention, FileMentions, Located } from '../types.ts';

/** The mention as the contract writes it (its offsets are original already). */
const contractMention = (file: string, m: FileMention): Mention =>
  ({ file, start: m.start, end: m.end, surface: m.surface, confidence: m.confidence, rule: m.rule });

function newFeature(gaz: Gazetteer, m: FileMention, id: string, loc: Located): PlaceFeature {
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

/**
 * Places merged file by file, so a run holds one file's outcome at a time; the features keep no mention objects
 * (their mentions sit in compact columns) until they are written out one place at a time.
 */
export class PlaceCollector {
  private byId = new Map<string, { f: PlaceFeature; index: number }>();
  private mentions = new MentionColumns();
  constructor(private gaz: Gazetteer) {}

  add(file: string, mentions: FileMention[]): void {
    const located = geocodeMentions(this.gaz, mentions);
    for (const m of mentions) {
      const id = placeIdOf(m);
      const loc = id ? located.get(id) : undefined;
      if (!id || !loc) continue;
      let p = this.byId.get(id);
      if (!p) this.byId.set(id, (p = { f: newFeature(this.gaz, m, id, loc), index: this.byId.size }));
      this.mentions.push(p.index, contractMention(file, m));
      if (doubtOf(m) === null) p.f.properties.doubtful = false;
    }
  }

  /** The features in id order, their `mentions` still empty. */
  features(): PlaceFeature[] {
    return [...this.byId.values()].map((p) => p.f).sort((a, b) => a.properties.id.localeCompare(b.properties.id));
  }

  /** Each feature with its mentions filled in while it is being looked at, emptied again after. */
  *withMentions(features: PlaceFeature[]): Generator<PlaceFeature> {
    const of = this.mentions.byPlace(this.byId.size);
    for (const f of features) {
      f.properties.mentions = of(this.byId.get(f.properties.id)!.index);
      yield f;
      f.properties.mentions = [];
    }
  }
}

export function collectPlaces(gaz: Gazetteer, files: FileMentions[]): PlaceFeature[] {
  const c = new PlaceCollector(gaz);
  for (const { file, mentions } of files) c.add(file, mentions);
  // A shallow copy of each feature keeps the mentions it had while it was yielded.
  const out: PlaceFeature[] = [];
  for (const f of c.withMentions(c.features())) out.push({ ...f, properties: { ...f.properties } });
  return out;
}
