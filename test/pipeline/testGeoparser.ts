/** The real geoparser for tests; builds the gazetteer first when a fresh checkout has none (it is generated, not committed). */
import { existsSync } from 'node:fs';
import { GAZETTEER_DEFAULTS } from '../../src/gazetteer/index.ts';
import { defaultGeoparser } from '../../src/pipeline/geoparser.ts';
import type { Geoparser } from '../../src/pipeline/geoparser.ts';
import { buildGazetteer } from '../../src/gazetteer/build/index.ts';

export async function testGeoparser(): Promise<Geoparser> {
  if (!existsSync(GAZETTEER_DEFAULTS.gazetteerFile)) await buildGazetteer();
  return defaultGeoparser();
}
