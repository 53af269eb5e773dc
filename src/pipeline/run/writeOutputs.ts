/**
 * writeOutputs: the pipeline's only output I/O. Validates against the contract item by item as it streams
 * (nothing invalid replaces an output), and writes places.geojson, initiatives.json, rollups.json, report.json and sources/<file>
 * (the decoded original text as UTF-8, so the app can show a mention in its full source). It overwrites or deletes
 * only files it wrote itself (ownedFiles): a file of the user's in OUT stops the run before anything is written.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileReport, Initiative, PlaceFeature, Report, ReportedMention, Rollup } from '../../contract/index.ts';
import { assertValid, validateInitiatives, validatePlaces, validateReport, validateRollups } from '../../contract/index.ts';
import { ownedFiles } from './ownedFiles.ts';
import { sourcePath, type SourceStage } from './sourceStage.ts';
import { type ArrayFrame, Streamed, writeJsonArray, writePrettyObject } from './jsonArrayStream.ts';

/**
 * The outputs of a run. The long lists are iterables pulled one item at a time, validated item by item and streamed
 * to disk, so they never all sit in memory (arrays work too).
 */
export interface Outputs {
  places: { type: 'FeatureCollection'; features: Iterable<PlaceFeature> };
  initiatives: Iterable<Initiative>;
  rollups: Record<string, Rollup>;
  report: Omit<Report, 'files' | 'mentions'> & { files: Iterable<FileReport>; mentions: Iterable<ReportedMention> };
  /** The decoded original texts, staged as the files were merged (sourceStage.ts). */
  sources: SourceStage;
  /** The names of the staged texts, read twice (checked, then placed): an iterable, not a generator. */
  sourceNames: Iterable<string>;
}

const JSON_OUTPUTS = ['places.geojson', 'initiatives.json', 'rollups.json', 'report.json'];

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
  assertValid('report.json', validateReport({ ...o.report, files: [], mentions: [] }));
  const owned = ownedFiles(out);
  const { sources, sourceNames: names } = o;
  // A generator, not a set of every path: an archive's source names are many.
  owned.assertWritable((function* () { yield* JSON_OUTPUTS; for (const name of names) yield sourcePath(name); })());
  mkdirSync(out, { recursive: true });
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
    partial.push('report.json');
    writePrettyObject(join(out, '.report.json.partial'), {
      files: new Streamed(files, (f, k) =>
        checkItem('report.json', validateReport({ files: [f], mentions: [], counts: {} }), 'report.files[0]', `report.files[${k}]`)),
      mentions: new Streamed(mentions, (m, k) =>
        checkItem('report.json', validateReport({ files: [], mentions: [m], counts: {} }), 'report.mentions[0]', `report.mentions[${k}]`)),
      ...tail,
    });
    partial.push('rollups.json');
    writeFileSync(join(out, '.rollups.json.partial'), JSON.stringify(o.rollups));
  } catch (err) {
    for (const name of partial) rmSync(join(out, `.${name}.partial`), { force: true });
    throw err;
  }
  for (const file of names) sources.place(owned, file);
  for (const name of partial) { renameSync(join(out, `.${name}.partial`), join(out, name)); owned.claim(name); }
  // Sources of an earlier run whose files are gone would be shown for mentions that no longer exist.
  for (const rel of owned.stale()) if (rel.startsWith('sources/')) owned.remove(rel);
  owned.save();
}
