/**
 * runPipeline: the whole geoparser run over one folder — read, process every file, build initiatives, collect
 * places, roll up, report, validate and write. Called by the CLI and by `npm run data`.
 */
import type { FileReport, Initiative, PlaceCollection } from '../contract.ts';
import { loadGazetteer, outsideNames } from '../gazetteer/index.ts';
import { buildGeoparser, type Geoparser } from './buildGeoparser.ts';
import { buildInitiatives } from './buildInitiatives.ts';
import { buildReport } from './buildReport.ts';
import { collectPlaces, type DocMentions } from './collectPlaces.ts';
import { placeIdOf } from './geocodeMentions.ts';
import { processFile } from './index.ts';
import { loadNotPlaces } from './loadNotPlaces.ts';
import { readFolder } from './readFolder.ts';
import { rollup } from './rollup.ts';
import { writeOutputs } from './writeOutputs.ts';

export interface RunOptions {
  input: string;
  out: string;
  /** Called after each file with (done, total, bytes so far). */
  onProgress?: (done: number, total: number, bytes: number) => void;
  /** A prebuilt geoparser (tests and benchmarks reuse one). */
  geoparser?: Geoparser;
}

export interface RunSummary {
  files: number;
  skipped: number;
  bytes: number;
  places: number;
  mentions: number;
  unresolved: number;
  initiatives: number;
  seconds: number;
}

let shared: Geoparser | undefined;
/** The gazetteer and matcher are built once per process. */
export function defaultGeoparser(): Geoparser {
  shared ??= buildGeoparser(loadGazetteer(), outsideNames(), loadNotPlaces());
  return shared;
}

export function runPipeline(options: RunOptions): RunSummary {
  const t0 = performance.now();
  const { files, unreadable } = readFolder(options.input);
  if (files.length === 0 && unreadable.length === 0) throw new Error(`no .txt files in input folder "${options.input}"`);
  const gp = options.geoparser ?? defaultGeoparser();
  const reports: FileReport[] = unreadable.map((u) => ({ file: u.file, status: 'skipped', bytes: 0, message: `unreadable: ${u.message}` }));
  const docs: DocMentions[] = [];
  const initiatives: Initiative[] = [];
  const sources = new Map<string, string>();
  let bytes = 0;
  files.forEach((source, k) => {
    bytes += source.bytes.length;
    try {
      const r = processFile(gp, source);
      reports.push(r.report);
      if (r.doc && r.mentions && r.items) {
        docs.push({ doc: r.doc, mentions: r.mentions });
        sources.set(r.doc.file, r.doc.text);
        // ── Initiative steps plug in here (initiatives helper): items → category, figures, people, places. ──
        try {
          initiatives.push(...buildInitiatives(r.doc, r.items, r.mentions, placeIdOf));
        } catch (err) {
          r.report.message = `initiatives not built: ${(err as Error).message}`;
        }
      }
    } catch (err) {
      reports.push({ file: source.file, status: 'skipped', bytes: source.bytes.length, message: `failed: ${(err as Error).message}` });
    }
    options.onProgress?.(k + 1, files.length, bytes);
  });
  const features = collectPlaces(gp.gaz, docs);
  const byId = new Map(features.map((f) => [f.properties.id, f]));
  for (const it of initiatives) for (const id of it.places) byId.get(id)?.properties.initiatives.push(it.id);
  const places: PlaceCollection = { type: 'FeatureCollection', features };
  const report = buildReport(reports, docs, { places: features.length, initiatives: initiatives.length });
  writeOutputs(options.out, { places, initiatives, rollups: rollup(features, initiatives), report, sources });
  return {
    files: files.length + unreadable.length,
    skipped: reports.filter((r) => r.status === 'skipped').length,
    bytes,
    places: features.length,
    mentions: report.counts.mentions ?? 0,
    unresolved: report.counts['mentions:unresolved'] ?? 0,
    initiatives: initiatives.length,
    seconds: (performance.now() - t0) / 1000,
  };
}
