/** loadGazetteer: reads data/generated/gazetteer.json and builds its indexes (well under a second). */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { buildIndex } from './buildIndex.ts';
import { isWithin } from '../contract/index.ts';
import { GAZETTEER_DEFAULTS, repoPath } from './config.ts';
import { lookup } from './lookup.ts';
import { decodeGazetteer, type GazetteerFile } from './serialize.ts';
import type { Gazetteer } from './types.ts';
import { makeVariantKey } from './variants.ts';

let toSimplified: ((s: string) => string) | undefined;
/** The converter is built on first use: most lookups never need it. */
function simplify(text: string): string {
  toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return toSimplified(text);
}

export function loadGazetteer(file: string = repoPath(GAZETTEER_DEFAULTS.gazetteerFile)): Gazetteer {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`gazetteer file ${file} is missing: run \`npx tsx scripts/build-gazetteer.ts\` (or npm run data)`);
  }
  return gazetteerFromText(text);
}

/** The gazetteer from the text of gazetteer.json, for callers that have already read it (the pipeline's resources). */
export function gazetteerFromText(text: string): Gazetteer {
  const data = JSON.parse(text) as GazetteerFile;
  const list = decodeGazetteer(data);
  const units = new Map(list.map((u) => [u.code, u]));
  const variantKey = makeVariantKey(data.variants);
  const index = buildIndex(list, variantKey);
  const ctx = { index, units, variantKey, isWithin, toSimplified: simplify };
  return {
    version: createHash('sha256').update(text).digest('hex').slice(0, 12),
    units,
    get: (code) => units.get(code),
    children: (code) => index.children.get(code) ?? [],
    isWithin,
    forms: index.forms,
    variantKey,
    lookup: (q, options = {}) => lookup(q, options, ctx),
  };
}
