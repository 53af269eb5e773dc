/**
 * What a panel shows while the details it needs are on their way: their records when all are in; otherwise a short
 * loading line (and the fetch is started, the app re-rendering when it ends) or, when a file failed, why.
 */
import type { Initiative } from '../../contract/index.ts';
import { h } from '../dom.ts';
import { t } from '../i18n/index.ts';
import type { AtlasData, Lang } from '../types.ts';

export type Needed = { records: Initiative[] } | { note: HTMLElement };

export function needDetails(data: Pick<AtlasData, 'details'>, ids: readonly string[], lang: Lang): Needed {
  const records = ids.map((id) => data.details.get(id));
  if (records.every((r) => r !== undefined)) return { records: records as Initiative[] };
  const problem = ids.map((id) => data.details.problem(id)).find((p) => p !== undefined);
  if (problem) return { note: h('p', { class: 'details-note details-failed', role: 'alert' }, t('details.failed', lang, { problem })) };
  void data.details.load(ids);
  return { note: h('p', { class: 'details-note details-loading', role: 'status' }, t('details.loading', lang)) };
}
