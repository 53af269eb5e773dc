/**
 * Appends a line to a small CSV file so that nothing is ever lost: a lock file serialises writers (other tabs, other
 * processes), and the whole file is rewritten to a temporary file that is renamed over it, so a crash leaves either
 * the old file or the new one. Existing bytes are copied as they are, malformed rows included.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';

const LOCK_WAIT_MS = 10_000;
/** A lock older than this was left by a process that died while holding it. */
const STALE_LOCK_MS = 30_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function lock(path: string): Promise<() => void> {
  const lockPath = `${path}.lock`;
  const t0 = Date.now();
  for (;;) {
    try {
      closeSync(openSync(lockPath, 'wx'));
      return () => rmSync(lockPath, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      try {
        if (Date.now() - statSync(lockPath).mtimeMs > STALE_LOCK_MS) rmSync(lockPath, { force: true });
      } catch { /* the holder just released it */ }
      if (Date.now() - t0 > LOCK_WAIT_MS) throw new Error(`${path} is locked by another writer (${lockPath})`);
      await sleep(5 + Math.random() * 20);
    }
  }
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw err;
  }
}

/** Appends `lines` (no line breaks inside records unless quoted) after `header`, which is written only into a new file. */
export async function appendLines(path: string, header: string, lines: string[]): Promise<void> {
  const release = await lock(path);
  try {
    const old = readOrEmpty(path);
    const head = old === '' ? `${header}\n` : old.endsWith('\n') ? old : `${old}\n`;
    const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    const fd = openSync(tmp, 'wx');
    try {
      writeSync(fd, head + lines.map((l) => `${l}\n`).join(''));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } finally {
    release();
  }
}
