/** Worker process of the pipeline pool: builds the geoparser once, then turns each file it is given into a cached FileOutcome. */
import { defaultGeoparser } from '../geoparser.ts';
import type { Correction } from '../resolve/index.ts';
import { writeOutcome } from './cache.ts';
import { processOne } from './cacheEntry.ts';
import type { PoolMessage, PoolReply } from './pool.ts';
import { readEntry } from './readFolder.ts';

// The same tables as the main process's run (their paths come as a JSON argument), so both key and make results alike.
const cacheDir = process.argv[2];
const gp = defaultGeoparser(JSON.parse(process.argv[3] ?? '{}'));
// The input's corrections arrive once, as the first message, before any file.
let corrections: Correction[] = [];
process.on('message', (m: PoolMessage) => {
  if ('corrections' in m) { corrections = m.corrections; return; }
  const source = readEntry(m.entry);
  const reply: PoolReply = { index: m.index };
  if ('bytes' in source) writeOutcome(cacheDir, m.key, processOne(gp, source, corrections));
  else reply.unreadable = source.message;
  process.send?.(reply);
});
// The pool closes the channel (or kills the process) when the run is done.
process.on('disconnect', () => process.exit(0));
