/** The atlas's title: the one `npm run site -- --title` put into the page, else the default of the language. */
import { t } from './i18n/index.ts';
import type { Lang } from './types.ts';

export function siteTitle(lang: Lang): string {
  return document.querySelector<HTMLMetaElement>('meta[name="nmg-atlas-title"]')?.content || t('app.title', lang);
}
