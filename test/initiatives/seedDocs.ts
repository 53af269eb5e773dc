/**
 * The seed pages as pipeline Docs for the initiative tests, cleaned by the geoparser's own steps
 * (normaliseText, repairLayout), so the tests see what the pipeline sees.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { normaliseText } from '../../src/pipeline/text/normaliseText.ts';
import { repairLayout } from '../../src/pipeline/text/repairLayout.ts';
import type { Doc } from '../../src/pipeline/types.ts';

export const SEEDS_DIR = new URL('../../seeds/', import.meta.url);

export function seedDoc(file: string): Doc {
  const text = readFileSync(new URL(file, SEEDS_DIR), 'utf8').replace(/^\uFEFF/, '');
  const clean = repairLayout(normaliseText(text));
  return { file, encoding: 'utf-8', text, clean: clean.text, map: clean.map };
}

/** A Doc whose clean text is its original text (identity map), for steps tested on raw text. */
export const identityDoc = (text: string): Doc => ({ file: 'x.txt', encoding: 'utf-8', text, clean: text, map: Array.from({ length: text.length + 1 }, (_, i) => i) });

export const seedFiles = (): string[] => readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();
