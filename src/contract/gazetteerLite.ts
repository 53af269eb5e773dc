/** `gazetteer-lite.json`: leagues, banners and townships with their written forms, for the app's search; type and validator. */
import type { Level } from './levels.ts';

/** Search entry for a gazetteer unit. */
export interface LiteUnit {
  code: string;
  name: string;
  shortName: string;
  level: Extract<Level, 'prefecture' | 'county' | 'township'>;
  parentCode: string | null;
  /** Written forms other than the official name. */
  forms: string[];
}

/** Problems of a gazetteer-lite.json array (the first malformed entry). */
export function validateLiteUnits(data: unknown): string[] {
  if (!Array.isArray(data)) return ['gazetteer-lite.json: not an array'];
  const bad = data.findIndex((u) => !u || typeof u.code !== 'string' || typeof u.name !== 'string' || !Array.isArray(u.forms));
  return bad >= 0 ? [`gazetteer-lite.json[${bad}]: code/name/forms missing`] : [];
}
