/** A CSV archive made of the development set (texts plus sources.json metadata) in a temp folder; the texts stay where they are. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';

export const DEVSET = join(process.cwd(), '..', 'shared', 'devset');

interface DevSource { file: string; url: string; title: string; outlet: string; published: string }

/** Writes the CSV (columns id,title,date,outlet,page,url,text) and returns its path and the rows' metadata. */
export function devsetCsv(): { csv: string; sources: DevSource[] } {
  const sources = JSON.parse(readFileSync(join(DEVSET, 'sources.json'), 'utf8')) as DevSource[];
  const rows = sources.map((s, k) => ({
    id: s.file.replace(/\.txt$/, ''), title: s.title, date: s.published, outlet: s.outlet, page: String(k + 1), url: s.url,
    text: readFileSync(join(DEVSET, 'texts', s.file), 'utf8'),
  }));
  const csv = join(mkdtempSync(join(tmpdir(), 'nmg-devset-')), 'devset.csv');
  writeFileSync(csv, Papa.unparse(rows, { columns: ['id', 'title', 'date', 'outlet', 'page', 'url', 'text'] }));
  return { csv, sources };
}
