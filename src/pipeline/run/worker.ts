/** Worker process of the pipeline pool: builds the geoparser once, then turns each file it is given into a FileOutcome. */
import { defaultGeoparser } from '../geoparser.ts';
import type { Correction } from '../resolve/index.ts';
import { OutcomeStore } from './cache.ts';
import { processOne } from './cacheEntry.ts';
import type { PoolMessage, PoolReply } from './pool.ts';
import { readEntry } from './readFolder.ts';

// Arguments (pool.ts): the cache folder ('' for none), 'send' when the outcome goes back over IPC, and the tables'
// paths, the same as the main process's run, so both key and make results alike.
const [cacheDir, send, resources] = process.argv.slice(2);
const gp = defaultGeoparser(JSON.parse(resources ?? '{}'));
// Appended to this worker's own log in the cache folder.
const store = cacheDir ? new OutcomeStore(cacheDir) : undefined;
// The input's corrections arrive once, as the first message, before any file.
let corrections: Correction[] = [];
process.on('message', (m: PoolMessage) => {
  if ('corrections' in m) { corrections = m.corrections; return; }
  const source = readEntry(m.entry);
  const reply: PoolReply = { index: m.index };
  if ('bytes' in source) {
    const json = JSON.stringify(processOne(gp, source, corrections));
    store?.write(m.key, json);
    if (send) reply.outcome = json;
  } else reply.unreadable = source.message;
  process.send?.(reply);
});
// The pool closes the channel (or kills the process) when the run is done.
process.on('disconnect', () => { store?.close(); process.exit(0); });
