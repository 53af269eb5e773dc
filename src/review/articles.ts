/**
 * Adding an article from the review page: its text becomes a new .txt in the input folder (a free name, never an
 * existing file) with the title as its first line, and its metadata a row of `articles.csv` beside it.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { appendLines } from './appendAtomic.ts';
import { csvField } from '../pipeline/resolve/corrections.ts';
import type { ArticleRequest } from './requests.ts';

export const ARTICLES_FILE = 'articles.csv';
const ARTICLES_HEADER = 'file,title,date,outlet,url,added';
const MAX_TRIES = 10_000;


/** Writes the article under the first free name `added-<day>-<n>.txt` (exclusive create, so a race cannot overwrite). */
function writeNew(input: string, day: string, body: string): string {
  for (let n = 1; n <= MAX_TRIES; n++) {
    const file = `added-${day}-${String(n).padStart(3, '0')}.txt`;
    let fd: number;
    try {
      fd = openSync(join(input, file), 'wx');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw err;
    }
    try { writeSync(fd, body); } finally { closeSync(fd); }
    return file;
  }
  throw new Error(`no free file name for ${day} in ${input}`);
}

/** Saves the article and its metadata row; returns the new file's name. */
export async function saveArticle(input: string, a: ArticleRequest, now = new Date()): Promise<string> {
  const day = now.toISOString().slice(0, 10);
  const text = a.text.replace(/\r\n?/g, '\n');
  const file = writeNew(input, day, a.title ? `${a.title}\n${text}` : text);
  const row = [file, a.title ?? '', a.date ?? '', a.outlet ?? '', a.url ?? '', now.toISOString()].map(csvField).join(',');
  await appendLines(join(input, ARTICLES_FILE), ARTICLES_HEADER, [row]);
  return file;
}
