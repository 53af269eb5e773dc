/**
 * collectPlaces: merges the mapped mentions of every file into contract PlaceFeatures, one per unit, with
 * stable ids (`c<code>`, `x<parentCode>-<name>`) and every mention's span in the original text.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Initiative, Mention, PathStep, PlaceFeature } from '../../contract/index.ts';
import type { Gazetteer } from '../../gazetteer/index.ts';
import { stemOf } from '../../gazetteer/index.ts';
import { doubtOf } from './doubtfulMatch.ts';
import { geocodeMentions, placeIdOf } from './geocodeMentions.ts';
import { InitiativeLinks } from './initiativeLinks.ts';
import { PlaceLists } from './placeLists.ts';
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
 * Places merged file by file, so a run holds one file's outcome at a time: the features keep no mentions or
 * initiative ids (their lists wait on disk in PlaceLists) until they are written out one batch of places at a time,
 * and initiatives are kept only as a category and place numbers, for the rollups.
 */
export class PlaceCollector {
  /** Every place id seen, in a mention or an initiative, numbered in first-seen order. */
  private index = new Map<string, number>();
  private ids: string[] = [];
  /** The located places, by number. */
  private located: (PlaceFeature | undefined)[] = [];
  private links = new InitiativeLinks();
  constructor(private gaz: Gazetteer, private lists: PlaceLists) {}

  private numberOf(id: string): number {
    let k = this.index.get(id);
    if (k === undefined) { k = this.ids.length; this.ids.push(id); this.index.set(id, k); }
    return k;
  }

  add(file: string, mentions: FileMention[]): void {
    const located = geocodeMentions(this.gaz, mentions);
    for (const m of mentions) {
      const id = placeIdOf(m);
      const loc = id ? located.get(id) : undefined;
      if (!id || !loc) continue;
      const k = this.numberOf(id);
      const f = (this.located[k] ??= newFeature(this.gaz, m, id, loc));
      this.lists.mention(k, contractMention(file, m));
      if (doubtOf(m) === null) f.properties.doubtful = false;
    }
  }

  /** An initiative's category and places for the rollups, and its id in the list of each of its places. */
  addInitiative(it: Pick<Initiative, 'id' | 'category' | 'places'>): void {
    const places = it.places.map((id) => this.numberOf(id));
    for (const k of places) this.lists.initiative(k, it.id);
    this.links.push(it.category, places);
  }

  get initiatives(): number { return this.links.size; }

  /** The features in id order, their `mentions` and `initiatives` still empty. */
  features(): PlaceFeature[] {
    return this.located.filter((f) => f !== undefined).sort((a, b) => a.properties.id.localeCompare(b.properties.id));
  }

  /** Each feature with its mentions and initiatives filled in while it is being looked at, emptied again after. */
  *withLists(features: PlaceFeature[]): Generator<PlaceFeature> {
    const order = features.map((f) => this.index.get(f.properties.id)!);
    let i = 0;
    for (const [, l] of this.lists.inOrder(order)) {
      const f = features[i++];
      f.properties.mentions = l.mentions;
      f.properties.initiatives = l.initiatives;
      yield f;
      f.properties.mentions = [];
      f.properties.initiatives = [];
    }
  }

  /** Every initiative as its category and place ids, in the order added. */
  *initiativeLinks(): Generator<Pick<Initiative, 'category' | 'places'>> {
    for (const { category, places } of this.links) yield { category, places: Array.from(places, (k) => this.ids[k]) };
  }
}

/** Collects the places of a few files in memory-sized batches (tests and small tools; a run uses PlaceCollector). */
export function collectPlaces(gaz: Gazetteer, files: FileMentions[], initiatives: Pick<Initiative, 'id' | 'category' | 'places'>[] = []): PlaceFeature[] {
  const dir = mkdtempSync(join(tmpdir(), 'nmg-places-'));
  const lists = new PlaceLists(join(dir, 'lists.bin'));
  try {
    const c = new PlaceCollector(gaz, lists);
    for (const { file, mentions } of files) c.add(file, mentions);
    for (const it of initiatives) c.addInitiative(it);
    // A shallow copy of each feature keeps the lists it had while it was yielded.
    const out: PlaceFeature[] = [];
    for (const f of c.withLists(c.features())) out.push({ ...f, properties: { ...f.properties } });
    return out;
  } finally {
    lists.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
