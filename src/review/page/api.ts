/** The review API as the page calls it: every request carries the run's secret from the page's address. */
export interface UnitView { code: string; name: string; chain: string; lon: number; lat: number }
export interface MentionView {
  id: string; file: string; start: number; end: number; surface: string; context: string; contextOffset: number;
  code: string | null; chain: string | null; unit: UnitView | null; candidates: UnitView[]; reason: string; detail: string; weight: number;
}
export interface ArticleMention { id: string; start: number; end: number; surface: string; status: string; code: string | null; name: string | null; lon?: number; lat?: number }
export interface Article { file: string; text: string; mentions: ArticleMention[] }
export interface CorrectionRow { file: string; start: number; end: number; surface: string; decision: string; code: string | null; scope: { kind: string; within?: string }; note: string; line?: number; codeName: string | null; withinName: string | null }
export interface Corrections { rows: CorrectionRow[]; errors: { line: number; message: string }[]; stale: { line?: number; file: string; message: string }[] }
export interface Preview { mentions: number; files: string[]; within: { code: string; name: string } | null }

const token = new URLSearchParams(location.search).get('token') ?? '';

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    headers: { 'x-review-token': token, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const data = await res.json();
  if (!res.ok) throw new Error((data as { error?: string }).error ?? `HTTP ${res.status}`);
  return data as T;
}

const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

export const api = {
  doubtful: () => call<MentionView[]>('GET', '/api/doubtful'),
  mention: (id: string) => call<MentionView>('GET', `/api/mention?${q({ id })}`),
  corrections: () => call<Corrections>('GET', '/api/corrections'),
  articles: () => call<string[]>('GET', '/api/articles'),
  article: (file: string) => call<Article>('GET', `/api/article?${q({ file })}`),
  search: (text: string, near: string) => call<UnitView[]>('GET', `/api/search?${q({ q: text, near })}`),
  preview: (id: string, scope: string) => call<Preview>('GET', `/api/preview?${q({ id, scope })}`),
  decide: (body: { id: string; action: string; code?: string; scope: string }) => call<{ applied: number; affectedFiles: string[] }>('POST', '/api/decisions', body),
  addArticle: (body: Record<string, string>) => call<{ file: string; places: ArticleMention[]; initiatives: { id: string; title: string }[] }>('POST', '/api/articles', body),
};

/** An element with text content only: the page never parses text as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', cls = ''): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

export const $ = <T extends Element = HTMLElement>(id: string) => document.getElementById(id) as unknown as T;
