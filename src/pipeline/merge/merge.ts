/**
 * Merge: a run's outcomes, fed one file at a time in input order (while later files are still being processed), made
 * into places, initiatives, rollups and the report, then written as streams. What grows with the archive waits on
 * disk in spill files (the places' lists, the report's lines, the initiatives) and the sources' texts go to their
 * stage in OUT as they come (run/sourceStage.ts), never in memory, and no outcome is read twice.
 */
import { join } from 'node:path';
import type { FileReport, Initiative, ReportedMention, RowProblem } from '../../contract/index.ts';
import type { Gazetteer } from '../../gazetteer/index.ts';
import type { FileOutcome } from '../run/cacheEntry.ts';
import { SourceStage } from '../run/sourceStage.ts';
import { Spill } from '../run/spill.ts';
import { writeOutputs } from '../run/writeOutputs.ts';
import { ReportBuilder } from './buildReport.ts';
import { PlaceCollector } from './collectPlaces.ts';
import { PlaceLists } from './placeLists.ts';
import { rollup } from './rollup.ts';

/** A file with a text and mentions: its places are merged and its source is written. */
const kept = (o: FileOutcome): o is FileOutcome & Required<Pick<FileOutcome, 'text' | 'mentions'>> => o.text !== undefined && o.mentions !== undefined;

/** What the run adds to the merged outputs at the end: the files never read, extra counts and the archive's row problems. */
export interface MergeEnd {
  skipped: FileReport[];
  counts: Record<string, number>;
  rows?: RowProblem[];
}

/** The merged counts a run reports. */
export interface MergeCounts { places: number; mentions: number; unresolved: number; initiatives: number; skipped: number }

export class Merge {
  private lists: PlaceLists;
  private places: PlaceCollector;
  private mentions: Spill<ReportedMention>;
  private files: Spill<FileReport>;
  private reportBuilder: ReportBuilder<Spill<ReportedMention>, Spill<FileReport>>;
  private items: Spill<Initiative>;
  /** The sources' texts, written as they are merged and put in place by writeOutputs. */
  private texts: SourceStage;
  /** One flag per file, not its name: the names are the caller's (`nameOf`). */
  private written: Uint8Array;
  /** Files before this one are merged. */
  next = 0;
  private closed = false;

  /** `count` files, named by `nameOf`; spill files go to `spillDir`, the sources' texts to a stage in `out`. */
  constructor(gaz: Gazetteer, count: number, private nameOf: (k: number) => string, spillDir: string, private out: string) {
    this.lists = new PlaceLists(join(spillDir, 'place-lists.bin'));
    this.places = new PlaceCollector(gaz, this.lists);
    this.mentions = new Spill(join(spillDir, 'report-mentions.ndjson'));
    this.files = new Spill(join(spillDir, 'report-files.ndjson'));
    this.reportBuilder = new ReportBuilder(this.mentions, this.files);
    this.items = new Spill(join(spillDir, 'initiatives.ndjson'));
    this.texts = new SourceStage(out);
    this.written = new Uint8Array(count);
  }

  /** Merges file `next` (nothing when it has no outcome: unreadable) and moves on. */
  add(o: FileOutcome | undefined): void {
    const k = this.next++;
    if (!o) return;
    this.reportBuilder.addFile(o.report);
    if (!kept(o)) return;
    this.written[k] = 1;
    this.places.add(o.report.file, o.mentions);
    this.reportBuilder.add({ file: o.report.file, text: o.text, mentions: o.mentions });
    this.texts.add(o.report.file, o.text);
    for (const it of o.initiatives) { this.places.addInitiative(it); this.items.push(it); }
  }

  /** Writes the outputs into OUT once every file is merged, and closes the spills and the stage. */
  finish(end: MergeEnd): MergeCounts {
    const { places, written, nameOf, out } = this;
    const features = places.features();
    const report = { ...this.reportBuilder.build(end.skipped, { places: features.length, initiatives: places.initiatives, ...end.counts }), ...(end.rows ? { rows: end.rows } : {}) };
    try {
      writeOutputs(out, {
        places: { type: 'FeatureCollection', features: places.withLists(features) },
        initiatives: this.items,
        rollups: rollup(features, places.initiativeLinks()),
        report,
        sources: this.texts,
        sourceNames: { *[Symbol.iterator]() { for (let k = 0; k < written.length; k++) if (written[k]) yield nameOf(k); } },
      });
    } finally {
      this.close();
    }
    return {
      places: features.length, mentions: report.counts.mentions ?? 0, unresolved: report.counts['mentions:unresolved'] ?? 0,
      initiatives: places.initiatives, skipped: report.counts.skipped,
    };
  }

  /** Closes the spills and removes the sources' stage (what is left in it): after finish, or when a run stops early. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const spill of [this.lists, this.mentions, this.files, this.items, this.texts]) spill.close();
  }
}
