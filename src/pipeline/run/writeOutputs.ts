/**
 * writeOutputs: the pipeline's only output I/O. Validates against the contract first (nothing invalid is
 * written), then writes places.geojson, initiatives.json, rollups.json, report.json and sources/<file>
 * (the decoded original text as UTF-8, so the app can show a mention in its full source).
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Initiative, PlaceCollection, Report, Rollup } from '../../contract/index.ts';
import { assertValid, validateInitiatives, validatePlaces, validateReport, validateRollups } from '../../contract/index.ts';
import { writeJsonArray } from './jsonArrayStream.ts';

export interface Outputs {
  places: PlaceCollection;
  /** Streamed: pulled and validated one at a time, so they never all sit in memory. */
  initiatives: Iterable<Initiative>;
  rollups: Record<string, Rollup>;
  report: Report;
  /** Decoded original text per file base name, streamed like the initiatives. */
  sources: Iterable<[string, string]>;
}

export function writeOutputs(out: string, o: Outputs): void {
  assertValid('places.geojson', validatePlaces(o.places));
  assertValid('rollups.json', validateRollups(o.rollups));
  assertValid('report.json', validateReport(o.report));
  mkdirSync(join(out, 'sources'), { recursive: true });
  const sourceNames = new Set<string>();
  for (const [file, text] of o.sources) { sourceNames.add(file); writeIfChanged(join(out, 'sources', file), text); }
  writeInitiatives(out, o.initiatives, new Set(o.places.features.map((f) => f.properties.id)));
  writeFileSync(join(out, 'places.geojson'), JSON.stringify(o.places));
  writeFileSync(join(out, 'rollups.json'), JSON.stringify(o.rollups));
  writeFileSync(join(out, 'report.json'), JSON.stringify(o.report, null, 1));
  // Sources of an earlier run whose files are gone would be shown for mentions that no longer exist.
  for (const f of readdirSync(join(out, 'sources'))) if (/\.txt$/i.test(f) && !sourceNames.has(f)) rmSync(join(out, 'sources', f));
}

/** Streams initiatives.json through a temporary file, each item validated (ids unique across items); on a bad item nothing replaces the old file. */
function writeInitiatives(out: string, items: Iterable<Initiative>, placeIds: Set<string>): void {
  const tmp = join(out, '.initiatives.json.partial');
  const ids = new Set<string>();
  try {
    writeJsonArray(tmp, items, (it, k) => {
      const problems = validateInitiatives([it], placeIds).map((p) => p.replace('initiatives[0]', `initiatives[${k}]`));
      if (ids.has(it.id)) problems.push(`initiatives[${k}]: duplicate id ${it.id}`);
      ids.add(it.id);
      assertValid('initiatives.json', problems);
    });
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  renameSync(tmp, join(out, 'initiatives.json'));
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
