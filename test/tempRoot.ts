/**
 * Vitest global setup: every temporary folder a test (or the pipeline under test) makes goes into one folder per test
 * run, removed when the run ends, so runs leave nothing behind in the system's temp folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'nmg-atlas-test-'));
  // os.tmpdir() reads TMPDIR on every call, and the test workers start after this with this environment.
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
