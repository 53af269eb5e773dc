/**
 * The run's temporary folders: removed when the run ends, and also when the process is stopped by SIGINT or SIGTERM
 * (Ctrl-C, a batch scheduler's kill), which would end it without running its `finally` blocks. The handler runs when
 * the event loop turns, so long synchronous work must yield now and then (see run.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const live = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

function onSignal(signal: NodeJS.Signals): void {
  for (const dir of live) rmSync(dir, { recursive: true, force: true });
  live.clear();
  for (const s of SIGNALS) process.off(s, onSignal);
  // Then stopped as the signal asked, with the exit status it gives.
  process.kill(process.pid, signal);
}

/** A new folder in `parent` (the system's temporary folder unless given), named `prefix` and a random part. */
export function makeTempFolder(prefix: string, parent = tmpdir()): string {
  const dir = mkdtempSync(join(parent, prefix));
  if (live.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  live.add(dir);
  return dir;
}

export function removeTempFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  live.delete(dir);
  if (live.size === 0) for (const s of SIGNALS) process.off(s, onSignal);
}
