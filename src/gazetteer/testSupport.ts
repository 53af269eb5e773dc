/** Test helper: the generated gazetteer, built first when it is missing (fresh clone, CI). */
import { existsSync } from 'node:fs';
import { buildGazetteer } from './build/index.ts';
import { GAZETTEER_DEFAULTS, repoPath } from './config.ts';

export async function ensureBuilt(): Promise<void> {
  const d = GAZETTEER_DEFAULTS;
  const needed = [d.gazetteerFile, `${d.publicDir}/counties.geojson`, `${d.publicDir}/leagues.geojson`, `${d.publicDir}/gazetteer-lite.json`];
  if (needed.some((f) => !existsSync(repoPath(f)))) await buildGazetteer({ quiet: true });
}
