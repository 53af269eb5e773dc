/**
 * writeOutputs: the pipeline's only output I/O. Validates against the contract first (nothing invalid is
 * written), then writes places.geojson, initiatives.json, rollups.json, report.json and sources/<file>
 * (the decoded original text as UTF-8, so the app can show a mention in its full source). It overwrites or deletes
 * only files it wrote itself (ownedFiles): a file of the user's in OUT stops the run before anything is written.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Initiative, PlaceCollection, Report, Rollup } from '../../contract/index.ts';
import { assertValid, validateInitiatives, validatePlaces, validateReport, validateRollups } from '../../contract/index.ts';
import { ownedFiles } from './ownedFiles.ts';

export interface Outputs {
  places: PlaceCollection;
  initiatives: Initiative[];
  rollups: Record<string, Rollup>;
  report: Report;
  /** Decoded original text per file base name. */
  sources: Map<string, string>;
}

const sourcePath = (file: string) => `sources/${file}`;

export function writeOutputs(out: string, o: Outputs): void {
  assertValid('places.geojson', validatePlaces(o.places));
  assertValid('initiatives.json', validateInitiatives(o.initiatives, new Set(o.places.features.map((f) => f.properties.id))));
  assertValid('rollups.json', validateRollups(o.rollups));
  assertValid('report.json', validateReport(o.report));
  const owned = ownedFiles(out);
  const files: [string, string][] = [
    ['places.geojson', JSON.stringify(o.places)],
    ['initiatives.json', JSON.stringify(o.initiatives)],
    ['rollups.json', JSON.stringify(o.rollups)],
    ['report.json', JSON.stringify(o.report, null, 1)],
    ...[...o.sources].map(([file, text]): [string, string] => [sourcePath(file), text]),
  ];
  owned.assertWritable(files.map(([rel]) => rel));
  for (const [rel, text] of files) if (!sameContent(join(out, rel), text)) owned.write(rel, text);
  for (const [rel] of files) owned.claim(rel);
  // Sources of an earlier run whose files are gone would be shown for mentions that no longer exist.
  const current = new Set(files.map(([rel]) => rel));
  for (const rel of [...owned.paths]) if (rel.startsWith('sources/') && !current.has(rel)) owned.remove(rel);
  owned.save();
}

/** True when the file already holds exactly `text`: an incremental run then rewrites only the new sources. */
function sameContent(path: string, text: string): boolean {
  const bytes = Buffer.from(text, 'utf8');
  try {
    return statSync(path).size === bytes.length && readFileSync(path).equals(bytes);
  } catch {
    return false;
  }
}
