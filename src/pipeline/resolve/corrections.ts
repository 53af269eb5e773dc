/**
 * The corrections file (`corrections.csv` in the input folder): an editor's decisions about mentions, one row each,
 * read by the pipeline on every run (the review server writes it). Columns: file,start,end,surface,decision,code,
 * scope,note. Offsets are UTF-16 offsets in the decoded original text; scope is `mention` or `surface:<12-digit code>`
 * (every mention of the surface whose context lies within that unit, a county as a rule).
 */
import { isCode } from '../../contract/index.ts';

/** Its name, in the input folder beside the articles. */
export const CORRECTIONS_FILE = 'corrections.csv';

export const CORRECTION_COLUMNS = ['file', 'start', 'end', 'surface', 'decision', 'code', 'scope', 'note'] as const;
export type Decision = 'confirm' | 'assign' | 'reject';
export const DECISIONS: readonly Decision[] = ['confirm', 'assign', 'reject'];

export interface Correction {
  file: string;
  start: number;
  end: number;
  surface: string;
  decision: Decision;
  /** The unit to assign (required for `assign`); for confirm/reject the unit the mention had, or null. */
  code: string | null;
  /** `mention`, or the unit within which every mention of the surface is meant. */
  scope: { kind: 'mention' } | { kind: 'surface'; within: string };
  /** Who decided and when. */
  note: string;
  /** The line it was read from (1-based), for messages. */
  line?: number;
}

export interface CorrectionsRead {
  rows: Correction[];
  /** Rows that could not be taken, with their 1-based line number in the file; never dropped silently. */
  errors: { line: number; message: string }[];
}


/** RFC 4180 records with the line each starts on (quoted fields may hold commas, quotes and line breaks). */
export function csvRecords(text: string): { line: number; fields: string[] }[] {
  const out: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  const body = text.replace(/^\uFEFF/, '');
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) out.push({ line: startLine, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else { if (c === '\n') line++; field += c; }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') { fields.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      endRecord();
      startLine = ++line;
    } else field += c;
  }
  if (field !== '' || fields.length > 0) endRecord();
  return out;
}

/** One CSV field, quoted when it must be. */
export function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function formatCorrection(c: Correction): string {
  const scope = c.scope.kind === 'mention' ? 'mention' : `surface:${c.scope.within}`;
  return [c.file, String(c.start), String(c.end), c.surface, c.decision, c.code ?? '', scope, c.note].map(csvField).join(',');
}

export const CORRECTIONS_HEADER = CORRECTION_COLUMNS.join(',');

/** Checks one record; returns the correction or why it cannot be taken. */
function toCorrection(f: string[]): Correction | string {
  if (f.length !== CORRECTION_COLUMNS.length) return `expected ${CORRECTION_COLUMNS.length} fields, found ${f.length}`;
  const [file, start, end, surface, decision, code, scope, note] = f;
  if (!file || /[\\/]/.test(file)) return `bad file name "${file}"`;
  if (!/^\d+$/.test(start) || !/^\d+$/.test(end) || Number(end) <= Number(start)) return `bad span ${start}–${end}`;
  if (surface.length !== Number(end) - Number(start)) return `surface "${surface}" does not fit the span ${start}–${end}`;
  if (!DECISIONS.includes(decision as Decision)) return `unknown decision "${decision}" (confirm, assign or reject)`;
  if (code !== '' && !isCode(code)) return `bad code "${code}"`;
  if (decision === 'assign' && code === '') return 'assign without a code';
  const within = /^surface:(\d{12})$/.exec(scope)?.[1];
  if (scope !== 'mention' && !within) return `bad scope "${scope}" (mention or surface:<code>)`;
  return {
    file, start: Number(start), end: Number(end), surface, decision: decision as Decision, code: code || null,
    scope: within ? { kind: 'surface', within } : { kind: 'mention' }, note,
  };
}

/** Parses the file's text: the header line, then one correction per record. */
export function parseCorrections(text: string): CorrectionsRead {
  const records = csvRecords(text);
  const rows: Correction[] = [];
  const errors: CorrectionsRead['errors'] = [];
  if (records.length === 0) return { rows, errors };
  if (records[0].fields.join(',') !== CORRECTIONS_HEADER) errors.push({ line: records[0].line, message: `header must be ${CORRECTIONS_HEADER}` });
  for (const r of records.slice(1)) {
    const c = toCorrection(r.fields);
    if (typeof c === 'string') errors.push({ line: r.line, message: c });
    else rows.push({ ...c, line: r.line });
  }
  return { rows, errors };
}
