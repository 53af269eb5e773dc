/** Labels for the contract's enumerations: categories, item kinds, levels and location precision. */
import { CATEGORIES, type CategoryId, type ItemKind, type Level, type Precision } from '../../contract/index.ts';
import type { Lang } from '../types.ts';
import { t } from './t.ts';

const BY_ID = new Map<string, (typeof CATEGORIES)[number]>(CATEGORIES.map((c) => [c.id, c]));

/** Category label from CATEGORIES; an unknown id is shown as is. */
export function categoryLabel(id: CategoryId | string, lang: Lang): string {
  const c = BY_ID.get(id);
  return c ? c[lang] : id;
}

export function kindLabel(kind: ItemKind, lang: Lang): string {
  return t(`kind.${kind}`, lang);
}

export function levelLabel(level: Level, lang: Lang): string {
  return t(`level.${level}`, lang);
}

/** Why a marker sits where it does, e.g. “位置为近似：显示在所属苏木镇”. */
export function precisionReason(precision: Precision, lang: Lang): string {
  return t(`precision.${precision}`, lang);
}
