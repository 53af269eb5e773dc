/**
 * Applies an editor's corrections to one article's resolved mentions (pure): confirm keeps the unit and makes it
 * sure, assign resolves the mention to the given unit, reject makes it not a place. A mention row matches its exact
 * span and surface; a surface row matches every mention of the surface whose context lies within the row's unit.
 */
import { createHash } from 'node:crypto';
import type { Gazetteer } from '../../gazetteer/index.ts';
import { toOriginal } from '../text/mapped.ts';
import type { Doc, ResolvedMention } from '../types.ts';
import type { Correction } from './corrections.ts';

/** The whole region: the context of an article that names no unit. */
export const REGION_CODE = '150000000000';

/** The county a unit lies in (a league stands for itself). */
export function countyOf(gaz: Gazetteer, code: string): string | null {
  const unit = gaz.get(code);
  if (!unit) return null;
  return unit.path.find((s) => s.level === 'county')?.code ?? unit.path[0]?.code ?? null;
}

/**
 * The county each mention is read in: its own unit's (or parent's), else that of the place named last before it in
 * the same item (a bare 树林召 after 达拉特旗树林召镇), else the next one after it, else the whole region.
 */
export function mentionContexts(gaz: Gazetteer, mentions: ResolvedMention[]): string[] {
  const own = mentions.map((m) => (m.status === 'place' ? (m.code ? countyOf(gaz, m.code) : m.parentCode ? countyOf(gaz, m.parentCode) : null) : null));
  const near = (k: number, step: number) => {
    for (let j = k + step; j >= 0 && j < mentions.length && mentions[j].item === mentions[k].item; j += step) if (own[j]) return own[j];
    return null;
  };
  return mentions.map((_, k) => own[k] ?? near(k, -1) ?? near(k, 1) ?? REGION_CODE);
}

/** The corrections that can touch a file: its own mention rows and the surface rows whose surface it contains. */
export function correctionsFor(rows: Correction[], file: string, text: string): Correction[] {
  return rows.filter((r) => (r.scope.kind === 'mention' ? r.file === file : text.includes(r.surface)));
}

/**
 * A short hash of the corrections that can touch a file, for its cache key ('' when none); the text is asked for only
 * when a surface row could apply, so a run without such rows decodes nothing twice.
 */
export function correctionsKey(rows: Correction[], file: string, text: () => string): string {
  const mine = rows.some((r) => r.scope.kind === 'surface') ? correctionsFor(rows, file, text()) : rows.filter((r) => r.file === file);
  if (mine.length === 0) return '';
  return createHash('sha256').update(JSON.stringify(mine.map((r) => [r.file, r.start, r.end, r.surface, r.decision, r.code, r.scope]))).digest('hex').slice(0, 16);
}

/** The row that decides a mention: its own span first, else the last surface row whose context holds it. */
function decidingRow(rows: Correction[], file: string, start: number, end: number, surface: string, within: (w: string) => boolean): Correction | undefined {
  let bySurface: Correction | undefined;
  let byMention: Correction | undefined;
  for (const r of rows) {
    if (r.surface !== surface) continue;
    if (r.scope.kind === 'mention') { if (r.file === file && r.start === start && r.end === end) byMention = r; }
    else if (within(r.scope.within)) bySurface = r;
  }
  return byMention ?? bySurface;
}

function decide(gaz: Gazetteer, m: ResolvedMention, r: Correction): ResolvedMention {
  // A confirmed mention that is not a place (unresolved, outside) stays so, and its report says an editor kept it.
  if (r.decision === 'confirm') return { ...m, confidence: 1, rule: 'review:confirm', ...(m.status === 'place' ? {} : { reason: 'review:confirm: an editor kept it as it is' }) };
  if (r.decision === 'reject') {
    return { ...m, code: null, parentCode: null, status: 'not-a-place', confidence: 1, rule: 'review:reject', reason: 'review:reject: an editor marked it not a place' };
  }
  const unit = r.code ? gaz.get(r.code) : undefined;
  // A code the gazetteer no longer has leaves the resolver's answer standing.
  if (!unit) return m;
  const { reason: _dropped, ...rest } = m;
  return { ...rest, code: unit.code, parentCode: unit.parentCode, name: unit.name, level: unit.level, status: 'place', confidence: 1, rule: 'review:assign' };
}

/** For each mention, the correction that decides it, if any. */
export function decidingRows(gaz: Gazetteer, doc: Pick<Doc, 'file' | 'text' | 'map'>, mentions: ResolvedMention[], rows: Correction[]): (Correction | undefined)[] {
  const mine = correctionsFor(rows, doc.file, doc.text);
  if (mine.length === 0) return mentions.map(() => undefined);
  const contexts = mentionContexts(gaz, mentions);
  return mentions.map((m, k) => {
    const o = toOriginal(doc.map, m.start, m.end);
    return decidingRow(mine, doc.file, o.start, o.end, doc.text.slice(o.start, o.end), (w) => gaz.isWithin(contexts[k], w));
  });
}

/** The article's mentions with every matching correction applied, in the same order. */
export function applyCorrections(gaz: Gazetteer, doc: Pick<Doc, 'file' | 'text' | 'map'>, mentions: ResolvedMention[], rows: Correction[]): ResolvedMention[] {
  const decided = decidingRows(gaz, doc, mentions, rows);
  return mentions.map((m, k) => (decided[k] ? decide(gaz, m, decided[k]) : m));
}
