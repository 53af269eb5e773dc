/** Validation of the review API's request bodies: anything not exactly of the expected shape is refused with a reason. */
import { parseMentionId } from './doubtful.ts';

export const MAX_BODY_BYTES = 1024 * 1024;

export interface DecisionRequest {
  id: string;
  action: 'confirm' | 'assign' | 'reject';
  code?: string;
  scope: 'mention' | 'surface';
}

export interface ArticleRequest {
  text: string;
  title?: string;
  date?: string;
  outlet?: string;
  url?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const extra = (o: Record<string, unknown>, allowed: string[]) => Object.keys(o).find((k) => !allowed.includes(k));

export function validateDecision(body: unknown): DecisionRequest | string {
  if (!isObject(body)) return 'body must be a JSON object';
  const unknown = extra(body, ['id', 'action', 'code', 'scope']);
  if (unknown) return `unknown field "${unknown}"`;
  const { id, action, code, scope } = body;
  if (typeof id !== 'string' || !parseMentionId(id)) return 'id must be "<file>.txt:<start>:<end>"';
  if (action !== 'confirm' && action !== 'assign' && action !== 'reject') return 'action must be confirm, assign or reject';
  if (scope !== 'mention' && scope !== 'surface') return 'scope must be mention or surface';
  if (code !== undefined && (typeof code !== 'string' || !/^\d{12}$/.test(code))) return 'code must be a 12-digit code';
  if (action === 'assign' && code === undefined) return 'assign needs a code';
  return { id, action, scope, ...(typeof code === 'string' ? { code } : {}) };
}

/** Optional one-line string field of at most `max` characters. */
function line(body: Record<string, unknown>, key: string, max: number): string | undefined | Error {
  const v = body[key];
  if (v === undefined || v === '') return undefined;
  if (typeof v !== 'string' || v.length > max || /[\r\n\u0000]/.test(v)) return new Error(`${key} must be one line of at most ${max} characters`);
  return v.trim();
}

export function validateArticle(body: unknown): ArticleRequest | string {
  if (!isObject(body)) return 'body must be a JSON object';
  const unknown = extra(body, ['text', 'title', 'date', 'outlet', 'url']);
  if (unknown) return `unknown field "${unknown}"`;
  if (typeof body.text !== 'string' || body.text.trim() === '') return 'text must be a non-empty string';
  if (body.text.includes('\u0000')) return 'text must not hold NUL characters';
  const out: ArticleRequest = { text: body.text };
  for (const [key, max] of [['title', 300], ['date', 10], ['outlet', 100], ['url', 2000]] as const) {
    const v = line(body, key, max);
    if (v instanceof Error) return v.message;
    if (v !== undefined) out[key] = v;
  }
  if (out.date && !/^\d{4}-\d{2}-\d{2}$/.test(out.date)) return 'date must be YYYY-MM-DD';
  if (out.url && !/^https?:\/\/[^\s]+$/i.test(out.url)) return 'url must start with http:// or https://';
  return out;
}
