/**
 * The citation under an initiative: outlet · date · page and a link to the original (http(s) only, new tab, no
 * referrer); the bare source file name when the archive gave no metadata.
 */
import { isHttpUrl, type Initiative } from '../../contract/index.ts';
import { h } from '../dom.ts';
import { t } from '../i18n/index.ts';
import type { Lang } from '../types.ts';

/** A source date as readers write it: 2024年5月10日 in Chinese, the ISO form (as precise as given) in English. */
export function formatSourceDate(date: string, lang: Lang): string {
  if (lang === 'en') return date;
  const [y, m, d] = date.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}

export function citation(it: Initiative, lang: Lang): HTMLElement {
  const s = it.source;
  const parts = [s?.outlet, s?.date ? formatSourceDate(s.date, lang) : null, s?.page ? t('cite.page', lang, { page: s.page }) : null]
    .filter((x): x is string => !!x);
  const url = s?.url && isHttpUrl(s.url) ? s.url : null;
  if (!parts.length && !url) return h('p', { class: 'file' }, `${t('panel.file', lang)}: ${it.file}`);
  const link = url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', class: 'cite-link' }, t('cite.link', lang)) : null;
  return h('p', { class: 'citation' }, parts.join(' · '), link && parts.length ? ' · ' : '', link);
}
