/**
 * readArchive: the pipeline's input, whatever its form — a folder of .txt files (with an optional articles.csv of
 * metadata), a .csv or a .jsonl file with one article per row. Every row becomes a source "file" `<id>.txt`, so the
 * rest of the pipeline, sources/ and initiative ids work as for a folder. Bad rows are reported, never fatal. An
 * archive's texts and sources wait in a spill file (rowSpill.ts), never in memory for the run.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Initiative, RowProblem, Source } from '../../contract/index.ts';
import { InputError } from './inputError.ts';
import { checkTotalSize, LIMITS, tooLarge } from './limits.ts';
import { cell, fileNameOf, rowSource } from './archiveRow.ts';
import { byFile, type FolderList, type FolderRead, type InputEntry, listFolder, readEntry } from './readFolder.ts';
import { readCsv, readJsonl } from './readRows.ts';
import { RowSpill, type SourceLookup, SpilledSources, type SpilledRow } from './rowSpill.ts';
import type { SourceFile } from '../types.ts';

/** The metadata file a folder of .txt files may carry. */
export const SIDECAR = 'articles.csv';

/** What an input says about its articles besides their text. */
interface ArchiveMeta {
  /** Metadata per source file (in the spill for a .csv/.jsonl); files without any get a bare source (see sourceOf). */
  sources: SourceLookup;
  /** Rows with problems, for report.json; undefined for a folder without a sidecar. */
  rows?: RowProblem[];
}

/** An input listed for a run: a folder's files as paths, a .csv/.jsonl's rows as places in the run's spill file (both read one at a time later). */
export interface ArchiveList extends ArchiveMeta {
  entries: InputEntry[];
  unreadable: FolderList['unreadable'];
}

/** A whole input read into memory, its sources too. */
export interface ArchiveRead extends FolderRead, ArchiveMeta {
  sources: Map<string, Source>;
}

/** Collects archive rows into source files: ids settled, texts checked, deduplicated and spilled, metadata normalised. */
class RowCollector {
  readonly entries: SpilledRow[] = [];
  readonly rows: RowProblem[] = [];
  private readonly names = new Set<string>();
  private readonly ids = new Map<string, number>();
  /** Each kept text's digest, to the index of its entry (and of its row and id in firstRows, firstIds). */
  private readonly texts = new Map<string, number>();
  private readonly firstRows: number[] = [];
  private readonly firstIds: string[] = [];
  /** The rows repeating a kept text, by the kept entry's index. */
  private readonly dups = new Map<number, { id: string; row: number }[]>();

  constructor(private readonly limits: Partial<typeof LIMITS>, private readonly spill: RowSpill) {}

  add(rec: Record<string, unknown>, row: number): void {
    const id = cell(rec.id) ?? String(row);
    const first = this.ids.get(id);
    if (first !== undefined) this.rows.push({ row, id, field: 'id', message: `id "${id}" already used by row ${first}; both rows are kept` });
    else this.ids.set(id, row);
    const text = typeof rec.text === 'string' ? rec.text : cell(rec.text) ?? '';
    if (!text.trim()) return void this.rows.push({ row, id, field: 'text', message: 'no text; row skipped' });
    // The same bytes as TextEncoder gives (lone surrogates as U+FFFD), counted without making them.
    const length = Buffer.byteLength(text, 'utf8');
    const big = tooLarge(length, this.limits.maxFileBytes);
    if (big) return void this.rows.push({ row, id, field: 'text', message: `text ${big}` });
    // A binary digest: a 32-character key rather than 64 (crypto.hash would need Node 20.12; engines say 20).
    const key = createHash('sha256').update(text.trim()).digest('latin1');
    const seen = this.texts.get(key);
    if (seen !== undefined) {
      const dups = this.dups.get(seen);
      if (dups) dups.push({ id, row }); else this.dups.set(seen, [{ id, row }]);
      return;
    }
    if (this.entries.length + 1 > (this.limits.maxFiles ?? LIMITS.maxFiles)) {
      throw new InputError(`too many articles: more than ${this.limits.maxFiles ?? LIMITS.maxFiles} rows with text (limit); split the archive or raise --max-files`);
    }
    const file = this.uniqueName(fileNameOf(id));
    this.texts.set(key, this.entries.length);
    this.firstRows.push(row);
    this.firstIds.push(id);
    const { source, problems } = rowSource(id, row, rec);
    this.rows.push(...problems);
    this.entries.push(this.spill.add(file, text, length, source));
  }

  /** Two ids that sanitise alike (a/b and a_b) still get two files. */
  private uniqueName(name: string): string {
    let out = name;
    for (let k = 2; this.names.has(out.toLowerCase()); k++) out = name.replace(/\.txt$/, `_${k}.txt`);
    this.names.add(out.toLowerCase());
    return out;
  }

  finish(): ArchiveList {
    for (const [k, dups] of this.dups) {
      const { file } = this.entries[k];
      const id = this.firstIds[k];
      const all = [{ id, row: this.firstRows[k] }, ...dups].map((d) => `"${d.id}" (row ${d.row})`).join(', ');
      for (const d of dups) this.rows.push({ row: d.row, id: d.id, field: 'text', message: `duplicate text, processed once as "${id}" (${file}); ids with this text: ${all}` });
    }
    this.rows.sort((a, b) => a.row - b.row);
    return { entries: this.entries, unreadable: [], sources: new SpilledSources(new Map(this.entries.map((e) => [e.file, e]))), rows: this.rows };
  }
}

/** A folder's articles.csv: metadata per .txt file, keyed by file name; rows naming no file of the folder are reported. */
async function readSidecar(dir: string, folder: FolderList): Promise<ArchiveList> {
  const sources = new Map<string, Source>();
  const rows: RowProblem[] = [];
  const names = new Set([...folder.entries.map((f) => f.file), ...folder.unreadable.map((u) => u.file)]);
  await readCsv(join(dir, SIDECAR), (rec, row) => {
    const file = cell(rec.file);
    if (file === null) return void rows.push({ row, id: String(row), field: 'file', message: 'no file name; row ignored' });
    if (!names.has(file)) return void rows.push({ row, id: file, field: 'file', message: `no file "${file}" in the folder; row ignored` });
    if (sources.has(file)) return void rows.push({ row, id: file, field: 'file', message: `"${file}" already described by an earlier row; row ignored` });
    const r = rowSource(file.replace(/\.[^.]*$/, ''), row, rec);
    rows.push(...r.problems);
    sources.set(file, r.source);
  }, ['file']);
  return { ...folder, sources, rows };
}

/**
 * Lists any supported input; throws an InputError when the input itself cannot be taken. A folder's files stay on
 * disk until a run reads them; a .csv or .jsonl archive streams through once and its rows' texts are written to
 * `spillDir`/rows.bin (a folder the caller owns and removes), so memory holds only their places and metadata.
 */
export async function listArchive(path: string, limits: Partial<typeof LIMITS> = {}, spillDir: string): Promise<ArchiveList> {
  const kind = /\.csv$/i.test(path) ? 'csv' : /\.jsonl$/i.test(path) ? 'jsonl' : null;
  let st;
  try {
    st = statSync(path);
  } catch (err) {
    if (kind) throw new InputError(`cannot read input "${path}": ${(err as Error).message}`);
  }
  if (!kind || st?.isDirectory()) {
    // listFolder says what is wrong with anything else (missing, not a folder).
    if (st?.isFile()) throw new InputError(`cannot read input "${path}": give a folder of .txt files, a .csv or a .jsonl file`);
    const folder = listFolder(path, limits);
    return existsSync(join(path, SIDECAR)) ? readSidecar(path, folder) : { ...folder, sources: new Map() };
  }
  checkTotalSize(st!.size, limits.maxTotalBytes);
  const spill = new RowSpill(join(spillDir, 'rows.bin'));
  try {
    const c = new RowCollector(limits, spill);
    if (kind === 'csv') await readCsv(path, (rec, row) => c.add(rec, row), ['text']);
    else await readJsonl(path, (rec, row) => c.add(rec, row), (row, message) => c.rows.push({ row, id: String(row), field: 'row', message }));
    return c.finish();
  } finally {
    spill.close();
  }
}

/** Lists and reads a whole input (the review server and small tools; a run reads one file at a time). */
export async function readArchive(path: string, limits: Partial<typeof LIMITS> = {}): Promise<ArchiveRead> {
  const spillDir = mkdtempSync(join(tmpdir(), 'nmg-rows-'));
  try {
    const { entries, unreadable, sources, rows } = await listArchive(path, limits, spillDir);
    const files: SourceFile[] = [];
    const all = new Map<string, Source>();
    for (const e of entries) {
      const r = readEntry(e);
      if ('bytes' in r) files.push(r); else unreadable.push(r);
      const s = sources.get(e.file);
      if (s) all.set(e.file, s);
    }
    unreadable.sort(byFile);
    return { files, unreadable, sources: all, ...(rows ? { rows } : {}) };
  } finally {
    rmSync(spillDir, { recursive: true, force: true });
  }
}

/** The source of a file: its archive metadata, or its bare name when the archive gave none. */
export function sourceOf(sources: SourceLookup, file: string): Source {
  return sources.get(file) ?? { id: file.replace(/\.[^.]*$/, ''), title: null, outlet: null, date: null, page: null, url: null };
}

/** Initiatives with their article's source attached (new objects: cached outcomes stay as they were). */
export function withSources(initiatives: Initiative[], sources: SourceLookup): Initiative[] {
  return initiatives.map((it) => ({ ...it, source: sourceOf(sources, it.file) }));
}
