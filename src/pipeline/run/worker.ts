/** Worker thread of the pipeline pool: builds the geoparser once, then turns each source it is sent into a FileOutcome. */
import { parentPort } from 'node:worker_threads';
import { processOne } from './cacheEntry.ts';
import { defaultGeoparser } from '../geoparser.ts';
import type { Correction } from '../resolve/index.ts';
import type { SourceFile } from '../types.ts';

const gp = defaultGeoparser();
parentPort?.on('message', (task: { index: number; source: SourceFile; corrections: Correction[] }) => {
  parentPort?.postMessage({ index: task.index, outcome: processOne(gp, task.source, task.corrections) });
});
