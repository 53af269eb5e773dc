/**
 * writeOutputs: the pipeline's only output I/O. Validates against the contract item by item as it streams
 * (nothing invalid replaces an output), and writes places.geojson, initiatives.json, rollups.json, report.json and sources/<file>
 * (the decoded original text as UTF-8, so the app can show a mention in its full source).
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Initiative, PlaceFeature, Report, ReportedMention, Rollup } from '../../contract/index.ts';
import { assertValid, validateInitiatives, validatePlaces, validateReport, validateRollups } from '../../contract/index.ts';
import { type ArrayFrame, prettyObjectFrame, writeJsonArray } from './jsonArrayStream.ts';

/**
 * The outputs of a run. The long lists are iterables pulled one item at a time, validated item by item and streamed
 * to disk, so they never all sit in memory (arrays work too).
 */
export interface Outputs {
  places: { type: 'FeatureCollection'; features: Iterable<PlaceFeature> };
  initiatives: Iterable<Initiative>;
  rollups: Record<string, Rollup>;
  report: Omit<Report, 'mentions'> & { mentions: Iterable<ReportedMention> };
  /** Decoded original text per file base name. */
  sources: Iterable<[string, string]>;
}

/** A contract check of item k alone, its problems renamed to its place in the whole list. */
function checkItem(what: string, problems: string[], from: string, to: string): void {
  assertValid(what, problems.map((p) => p.replace(from, to)));
}

/** Ids must be unique across items, which an item-by-item check cannot see. */
function uniqueIds(what: string, label: string) {
  const ids = new Set<string>();
  return Object.assign((id: string, k: number) => {
    if (ids.has(id)) assertValid(what, [`${label}[${k}]: duplicate id ${id}`]);
    ids.add(id);
  }, { ids });
}

export function writeOutputs(out: string, o: Outputs): void {
  assertValid('rollups.json', validateRollups(o.rollups));
  assertValid('report.json', validateReport({ ...o.report, mentions: [] }));
  mkdirSync(join(out, 'sources'), { recursive: true });
  // Each JSON file is streamed under a temporary name and renamed only when all four are valid: nothing invalid is written.
  const partial: string[] = [];
  const stream = <T>(name: string, items: Iterable<T>, frame: ArrayFrame<T>) => {
    partial.push(name);
    writeJsonArray(join(out, `.${name}.partial`), items, frame);
  };
  try {
    const place = uniqueIds('places.geojson', 'places');
    stream('places.geojson', o.places.features, {
      open: '{"type":"FeatureCollection","features":[', close: () => ']}',
      check: (f, k) => {
        checkItem('places.geojson', validatePlaces({ type: 'FeatureCollection', features: [f] }), 'places[0]', `places[${k}]`);
        place(f.properties.id, k);
      },
    });
    const initiative = uniqueIds('initiatives.json', 'initiatives');
    stream('initiatives.json', o.initiatives, {
      check: (it, k) => {
        checkItem('initiatives.json', validateInitiatives([it], place.ids), 'initiatives[0]', `initiatives[${k}]`);
        initiative(it.id, k);
      },
    });
    const { files, mentions, ...tail } = o.report;
    stream('report.json', mentions, prettyObjectFrame<ReportedMention>({ files }, 'mentions', tail, (m, k) =>
      checkItem('report.json', validateReport({ files: [], mentions: [m], counts: {} }), 'report.mentions[0]', `report.mentions[${k}]`)));
    partial.push('rollups.json');
    writeFileSync(join(out, '.rollups.json.partial'), JSON.stringify(o.rollups));
  } catch (err) {
    for (const name of partial) rmSync(join(out, `.${name}.partial`), { force: true });
    throw err;
  }
  const sourceNames = new Set<string>();
  for (const [file, text] of o.sources) { sourceNames.add(file); writeIfChanged(join(out, 'sources', file), text); }
  for (const name of partial) renameSync(join(out, `.${name}.partial`), join(out, name));
  // Sources of an earlier run whose files are gone would be shown for mentions that no longer exist.
  for (const f of readdirSync(join(out, 'sources'))) if (/\.txt$/i.test(f) && !sourceNames.has(f)) rmSync(join(out, 'sources', f));
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
