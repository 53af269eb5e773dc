/** Worker thread of the pipeline pool: builds the geoparser once, then turns each source it is sent into a FileOutcome. */
import { parentPort, workerData } from 'node:worker_threads';
import { processOne } from './cacheEntry.ts';
import { defaultGeoparser } from '../geoparser.ts';
import type { Correction } from '../resolve/index.ts';
import type { SourceFile } from '../types.ts';

// The same tables as the main thread's run (their paths come in workerData), so both key and make results alike;
// the input's corrections come the same way, once per worker.
const data = (workerData ?? {}) as { resources?: object; corrections?: Correction[] };
const gp = defaultGeoparser(data.resources ?? {});
parentPort?.on('message', (task: { index: number; source: SourceFile }) => {
  parentPort?.postMessage({ index: task.index, outcome: processOne(gp, task.source, data.corrections ?? []) });
});
