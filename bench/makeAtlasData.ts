/**
 * Deterministic synthetic atlas data for the app's scale benchmark: `places` gazetteer units (villages and townships
 * with their real points and chains) and `initiatives` records cloned from template initiatives (the seed pages'),
 * each tied to one or two of those places, with roll-ups computed as the pipeline computes them.
 */
import { placeId, type Initiative, type PlaceFeature, type PlaceCollection, type Rollup } from '../src/contract/index.ts';
import type { Unit } from '../src/gazetteer/index.ts';
import { rollup } from '../src/pipeline/merge/rollup.ts';
import { prng } from './makeCorpus.ts';

export interface AtlasDataOptions {
  /** Number of distinct places. */
  places: number;
  /** Number of initiatives. */
  initiatives: number;
  /** PRNG seed. */
  seed: number;
  /** Share of initiatives that name a second place. */
  secondPlace: number;
}

export const ATLAS_DATA_DEFAULTS: AtlasDataOptions = { places: 10_000, initiatives: 50_000, seed: 7, secondPlace: 0.3 };

export interface SyntheticAtlas {
  places: PlaceCollection;
  initiatives: Initiative[];
  rollups: Record<string, Rollup>;
}

/** A place feature for a gazetteer unit, with one synthetic mention. */
function placeOf(u: Unit, file: string): PlaceFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [u.lon, u.lat] },
    properties: {
      id: placeId(u.code), name: u.name, shortName: u.shortName, level: u.level, code: u.code, parentCode: u.parentCode,
      path: u.path, precision: u.precision, inGazetteer: true,
      mentions: [{ file, start: 0, end: u.name.length, surface: u.name, confidence: 1, rule: 'exact' }], initiatives: [],
    },
  };
}

/** `places` distinct units (villages and townships) and `initiatives` clones of `templates`, all reproducible from the seed. */
export function makeAtlasData(units: Unit[], templates: Initiative[], options: Partial<AtlasDataOptions> = {}): SyntheticAtlas {
  const o = { ...ATLAS_DATA_DEFAULTS, ...options };
  const pool = units.filter((u) => u.level === 'village' || u.level === 'township');
  if (pool.length < o.places || !templates.length) throw new Error(`makeAtlasData: ${pool.length} units and ${templates.length} templates are not enough`);
  const rand = prng(o.seed);
  // Partial Fisher–Yates: the first `places` entries become a uniform sample without repeats.
  for (let i = 0; i < o.places; i++) {
    const j = i + Math.floor(rand() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  const features = pool.slice(0, o.places).map((u, i) => placeOf(u, `synthetic_${String(i).padStart(6, '0')}.txt`));
  const initiatives: Initiative[] = [];
  for (let k = 0; k < o.initiatives; k++) {
    const t = templates[k % templates.length];
    const main = features[Math.floor(rand() * features.length)];
    const other = rand() < o.secondPlace ? features[Math.floor(rand() * features.length)] : undefined;
    const places = [main.properties.id, ...(other && other !== main ? [other.properties.id] : [])];
    const file = `synthetic_${String(k).padStart(6, '0')}.txt`;
    // A template's figure places are seed places, absent here: each figure that had one now belongs to the clone's main place.
    const figures = t.figures.map((f) => ({ ...f, place: f.place === null ? null : main.properties.id }));
    initiatives.push({ ...t, id: `synthetic_${String(k).padStart(6, '0')}#${t.start}`, file, title: `${main.properties.shortName}：${t.title}`, places, figures });
    for (const id of places) (id === main.properties.id ? main : other!).properties.initiatives.push(initiatives[k].id);
  }
  return { places: { type: 'FeatureCollection', features }, initiatives, rollups: rollup(features, initiatives) };
}
