/**
 * Resources: every table a run's results depend on — the built gazetteer and the reviewed tables it was built from,
 * the not-a-place list and the category lexicon — each with a content hash. One key over them all keys the cache,
 * so editing any table redoes the results made with it; workers rebuild the same resources from the same paths.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { GAZETTEER_DEFAULTS, repoPath } from '../gazetteer/config.ts';
import { InputError } from './run/inputError.ts';

/** Paths of the tables, absolute against the package so a run works from any working directory. */
export interface ResourcePaths {
  /** The built gazetteer (npm run data), which holds aliases, variants and curated points as they were built. */
  gazetteer: string;
  aliases: string;
  variants: string;
  curated: string;
  notPlaces: string;
  categories: string;
}

export const DEFAULT_RESOURCE_PATHS: ResourcePaths = {
  gazetteer: repoPath(GAZETTEER_DEFAULTS.gazetteerFile),
  aliases: repoPath(GAZETTEER_DEFAULTS.aliasesFile),
  variants: repoPath(GAZETTEER_DEFAULTS.variantsFile),
  curated: repoPath(GAZETTEER_DEFAULTS.curatedFile),
  notPlaces: repoPath('data/not-places.csv'),
  categories: repoPath('data/categories.csv'),
};

export interface Resources {
  paths: ResourcePaths;
  /** Each table's text, read once. */
  texts: Record<keyof ResourcePaths, string>;
  /** Each table's sha-256, first 12 hex digits. */
  hashes: Record<keyof ResourcePaths, string>;
  /** One hash over all of them: part of every cache key. */
  key: string;
}

const hash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** Reads every table once; a missing one is an InputError naming it. */
export function readResources(overrides: Partial<ResourcePaths> = {}): Resources {
  const paths = { ...DEFAULT_RESOURCE_PATHS, ...overrides };
  const names = Object.keys(paths) as (keyof ResourcePaths)[];
  const texts = {} as Record<keyof ResourcePaths, string>;
  const hashes = {} as Record<keyof ResourcePaths, string>;
  for (const name of names) {
    try {
      texts[name] = readFileSync(paths[name], 'utf8');
    } catch (err) {
      const hint = name === 'gazetteer' ? ' (run `npm run data` to build it)' : '';
      throw new InputError(`cannot read the ${name} table ${paths[name]}${hint}: ${(err as Error).message}`);
    }
    hashes[name] = hash(texts[name]);
  }
  return { paths, texts, hashes, key: hash(names.map((n) => `${n}=${hashes[n]}`).join('\n')) };
}
