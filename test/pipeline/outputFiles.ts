/** Every file a run wrote under `dir` (relative path → bytes), the cache folder excluded: what byte-identity tests compare. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function outputFiles(dir: string, rel = ''): Map<string, Buffer> {
  const all = new Map<string, Buffer>();
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const p = join(rel, e.name);
    if (e.isDirectory()) { if (e.name !== '.cache') for (const [k, v] of outputFiles(dir, p)) all.set(k, v); } else all.set(p, readFileSync(join(dir, p)));
  }
  return all;
}
