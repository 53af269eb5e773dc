/**
 * Reading a 100,000-row CSV archive as a run does: the peak growth of the heap (with array buffers) and of RSS while
 * it streams, sampled every 5 ms in a fresh child process (bench/archiveProbe.ts), against the file's size; what the
 * listing still holds once collected; and the peaks once every row is read back too. The criterion: streaming never
 * holds the file in memory twice (< 2×).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROWS = 100_000;

/** A CSV of ROWS short articles (about 520 bytes each), written in blocks so that the bench itself holds little. */
function makeCsv(dir: string): string {
  const path = join(dir, 'archive.csv');
  writeFileSync(path, 'id,title,date,outlet,page,url,text\n');
  const body = '记者从呼和浩特市赛罕区了解到，社区食堂开业以来已为老年人提供午餐一万余份，"积分超市"激活乡村治理。'.repeat(3);
  for (let start = 0; start < ROWS; start += 10_000) {
    const block: string[] = [];
    for (let k = start; k < start + 10_000; k++) block.push(`a${k},标题${k},2024-${String((k % 12) + 1).padStart(2, '0')}-01,内蒙古日报,${k % 8 + 1},https://example.org/${k},"${body.replace(/"/g, '""')}${k}"`);
    writeFileSync(path, `${block.join('\n')}\n`, { flag: 'a' });
  }
  return path;
}

export async function benchArchive(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'nmg-archive-bench-'));
  try {
    const csv = makeCsv(dir);
    const probe = fileURLToPath(new URL('./archiveProbe.ts', import.meta.url));
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const out = execFileSync(process.execPath, ['--import', tsx, probe, csv], { encoding: 'utf8' });
    return JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
