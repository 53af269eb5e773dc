/**
 * Turning an editor's request into a corrections row, and counting beforehand which mentions it will change: the
 * articles are resolved again here (without corrections) so the count uses the pipeline's own mentions and contexts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processFile, type Geoparser } from '../pipeline/index.ts';
import { decidingRows, mentionContexts } from '../pipeline/resolve/applyCorrections.ts';
import type { Correction } from '../pipeline/resolve/index.ts';
import { readFolder } from '../pipeline/run/readFolder.ts';
import { toOriginal } from '../pipeline/text/mapped.ts';
import type { Doc, ResolvedMention } from '../pipeline/types.ts';
import { parseMentionId } from './doubtful.ts';
import type { DecisionRequest } from './requests.ts';

export class ReviewError extends Error {
  constructor(public status: number, message: string) { super(message); }
}

interface Resolved { doc: Doc; mentions: ResolvedMention[] }

/** Resolves articles on demand, remembering each by its bytes. */
export function articleResolver(gp: Geoparser, input: string) {
  const memo = new Map<string, { hash: string; r: Resolved | null }>();
  const resolve = (file: string, bytes: Uint8Array): Resolved | null => {
    const hash = createHash('sha256').update(bytes).digest('hex');
    const hit = memo.get(file);
    if (hit?.hash === hash) return hit.r;
    const p = processFile(gp, { file, bytes });
    const r = p.doc && p.mentions ? { doc: p.doc, mentions: p.mentions } : null;
    memo.set(file, { hash, r });
    return r;
  };
  return {
    /** One article of the input, or null when it is not there (deleted since the page was loaded). */
    one(file: string): Resolved | null {
      const path = join(input, file);
      if (!/\.txt$/i.test(file) || !existsSync(path)) return null;
      return resolve(file, readFileSync(path));
    },
    /** Every article whose text holds `surface`. */
    holding(surface: string): Resolved[] {
      return readFolder(input).files.map((s) => resolve(s.file, s.bytes)).filter((r): r is Resolved => !!r && r.doc.text.includes(surface));
    },
  };
}
export type ArticleResolver = ReturnType<typeof articleResolver>;

/** The row a request makes: the mention must still be in its article; a surface decision holds in the mention's county. */
export function correctionFor(gp: Geoparser, articles: ArticleResolver, req: DecisionRequest, note: string): Correction {
  const where = parseMentionId(req.id)!;
  const a = articles.one(where.file);
  if (!a) throw new ReviewError(409, `article ${where.file} is no longer in the input`);
  const k = a.mentions.findIndex((m) => { const o = toOriginal(a.doc.map, m.start, m.end); return o.start === where.start && o.end === where.end; });
  if (k < 0) throw new ReviewError(409, `${where.file} has no mention at ${where.start}–${where.end} any more`);
  if (req.code && !gp.gaz.get(req.code)) throw new ReviewError(400, `no unit with code ${req.code}`);
  const m = a.mentions[k];
  return {
    file: where.file, start: where.start, end: where.end, surface: a.doc.text.slice(where.start, where.end), decision: req.action,
    code: req.action === 'assign' ? req.code! : (m.code ?? null),
    scope: req.scope === 'mention' ? { kind: 'mention' } : { kind: 'surface', within: mentionContexts(gp.gaz, a.mentions)[k] },
    note,
  };
}

/** How many mentions, in which articles, the row will decide. */
export function affectedBy(gp: Geoparser, articles: ArticleResolver, row: Correction): { mentions: number; files: string[] } {
  const list = row.scope.kind === 'mention' ? [articles.one(row.file)].filter((r): r is Resolved => !!r) : articles.holding(row.surface);
  let mentions = 0;
  const files: string[] = [];
  for (const a of list) {
    const n = decidingRows(gp.gaz, a.doc, a.mentions, [row]).filter(Boolean).length;
    if (n > 0) { mentions += n; files.push(a.doc.file); }
  }
  return { mentions, files };
}
