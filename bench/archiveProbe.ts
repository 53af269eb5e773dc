/**
 * Child process of the archive bench: lists a CSV archive as a run does (listArchive), then reads every row's text
 * back once as the per-file step would, sampling heap + array buffers and RSS every few milliseconds against the
 * process's own baseline, so nothing the bench made before (the CSV's strings) counts. Prints one JSON line.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listArchive } from '../src/pipeline/run/readArchive.ts';
import { readEntry } from '../src/pipeline/run/readFolder.ts';

// A collector to call for the baseline and for what stays held after the listing (not the peak: that is sampled as it comes).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const csv = process.argv[2];
const fileBytes = statSync(csv).size;
const heap = () => { const m = process.memoryUsage(); return m.heapUsed + m.arrayBuffers; };
gc();
const base = { heap: heap(), rss: process.memoryUsage.rss() };
const peak = { heap: base.heap, rss: base.rss };
let samples = 0;
const sample = () => { samples++; peak.heap = Math.max(peak.heap, heap()); peak.rss = Math.max(peak.rss, process.memoryUsage.rss()); };
const timer = setInterval(sample, 5);
const t0 = performance.now();
// The row spill's folder, as a run makes one (the code before the spill ignores the argument); removed however the probe ends.
const work = mkdtempSync(join(tmpdir(), 'nmg-archive-probe-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const list = await listArchive(csv, { maxTotalBytes: 1e10 }, work);
const listSeconds = (performance.now() - t0) / 1000;
sample();
const listed = { heap: peak.heap - base.heap, rss: peak.rss - base.rss };
gc();
const held = heap() - base.heap;
let textBytes = 0;
for (const e of list.entries) {
  const r = readEntry(e);
  if ('bytes' in r) textBytes += r.bytes.length;
}
clearInterval(timer);
sample();
const mb = (n: number) => Math.round(n / 1e5) / 10;
const per = (n: number) => Math.round((n / fileBytes) * 100) / 100;
// stream*: while the CSV streams through the listing (the criterion); held*: what the listing keeps once collected;
// readBack*: the peak over the listing and reading every row's text back once, as a run's per-file step does.
console.log(JSON.stringify({
  rows: list.entries.length, fileMB: mb(fileBytes), textMB: mb(textBytes), listSeconds: Math.round(listSeconds * 100) / 100, samples,
  streamPeakHeapMB: mb(listed.heap), streamPeakHeapPerFileByte: per(listed.heap), streamPeakRssMB: mb(listed.rss), streamPeakRssPerFileByte: per(listed.rss),
  heldMB: mb(held), heldPerFileByte: per(held),
  readBackPeakHeapMB: mb(peak.heap - base.heap), readBackPeakHeapPerFileByte: per(peak.heap - base.heap),
  readBackPeakRssMB: mb(peak.rss - base.rss), readBackPeakRssPerFileByte: per(peak.rss - base.rss),
}));
