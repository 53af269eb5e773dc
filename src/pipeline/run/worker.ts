/** Worker process of the pipeline pool: builds the geoparser once, then turns each file it is given into a cached FileOutcome. */
import { defaultGeoparser } from '../geoparser.ts';
import { writeOutcome } from './cache.ts';
import { processOne } from './cacheEntry.ts';
import type { PoolReply, PoolTask } from './pool.ts';
import { readEntry } from './readFolder.ts';

const cacheDir = process.argv[2];
const gp = defaultGeoparser();
process.on('message', (t: PoolTask) => {
  const source = readEntry(t.entry);
  const reply: PoolReply = { index: t.index };
  if ('bytes' in source) writeOutcome(cacheDir, t.key, processOne(gp, source));
  else reply.unreadable = source.message;
  process.send?.(reply);
});
// The pool closes the channel (or kills the process) when the run is done.
process.on('disconnect', () => process.exit(0));
