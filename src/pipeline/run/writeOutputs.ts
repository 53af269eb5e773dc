/**
 * writeOutputs: the pipeline's only output I/O. Validates against the contract first (nothing invalid is
 * written), then writes places.geojson, initiatives.json, rollups.json, report.json and sources/<file>
 * (the decoded original text as UTF-8, so the app can show a mention in its full source).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Initiative, PlaceCollection, Report, Rollup } from '../../contract/index.ts';
import { assertValid, validateInitiatives, validatePlaces, validateReport, validateRollups } from '../../contract/index.ts';

export interface Outputs {
  places: PlaceCollection;
  initiatives: Initiative[];
  rollups: Record<string, Rollup>;
  report: Report;
  /** Decoded original text per file base name. */
  sources: Map<string, string>;
}

export function writeOutputs(out: string, o: Outputs): void {
  assertValid('places.geojson', validatePlaces(o.places));
  assertValid('initiatives.json', validateInitiatives(o.initiatives, new Set(o.places.features.map((f) => f.properties.id))));
  assertValid('rollups.json', validateRollups(o.rollups));
  assertValid('report.json', validateReport(o.report));
  mkdirSync(join(out, 'sources'), { recursive: true });
  writeFileSync(join(out, 'places.geojson'), JSON.stringify(o.places));
  writeFileSync(join(out, 'initiatives.json'), JSON.stringify(o.initiatives));
  writeFileSync(join(out, 'rollups.json'), JSON.stringify(o.rollups));
  writeFileSync(join(out, 'report.json'), JSON.stringify(o.report, null, 1));
  for (const [file, text] of o.sources) writeIfChanged(join(out, 'sources', file), text);
  // Sources of an earlier run whose files are gone would be shown for mentions that no longer exist.
  for (const f of readdirSync(join(out, 'sources'))) if (/\.txt$/i.test(f) && !o.sources.has(f)) rmSync(join(out, 'sources', f));
}

/** Writes `text` unless the file already holds exactly it: an incremental run then rewrites only the new sources. */
function writeIfChanged(path: string, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  try {
    if (statSync(path).size === bytes.length && readFileSync(path).equals(bytes)) return;
  } catch {
    // No such file yet: write it.
  }
  writeFileSync(path, bytes);
}
