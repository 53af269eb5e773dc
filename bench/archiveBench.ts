/**
 * Reading a 100,000-row CSV archive: time, and the memory it holds at its peak compared with the file's size. The
 * file streams through papaparse, so the peak is about the rows' texts (kept as bytes for the run) plus parser
 * buffers, never the file decoded whole next to them.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArchive } from '../src/pipeline/run/readArchive.ts';

const ROWS = 100_000;

/** A CSV of ROWS short articles (about 600 bytes each), written in blocks so that the bench itself holds little. */
function makeCsv(dir: string): string {
  const path = join(dir, 'archive.csv');
  writeFileSync(path, 'id,title,date,outlet,page,url,text\n');
  const body = '记者从呼和浩特市赛罕区了解到，社区食堂开业以来已为老年人提供午餐一万余份，"积分超市"激活乡村治理。'.repeat(3);
  for (let start = 0; start < ROWS; start += 10_000) {
    const block: string[] = [];
    for (let k = start; k < start + 10_000; k++) block.push(`a${k},标题${k},2024-${String((k % 12) + 1).padStart(2, '0')}-01,内蒙古日报,${k % 8 + 1},https://example.org/${k},"${body}${k}"`);
    writeFileSync(path, `${block.join('\n')}\n`, { flag: 'a' });
  }
  return path;
}

const used = () => { const m = process.memoryUsage(); return m.heapUsed + m.arrayBuffers; };

export async function benchArchive(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'nmg-archive-bench-'));
  try {
    const csv = makeCsv(dir);
    const fileBytes = statSync(csv).size;
    (globalThis as { gc?: () => void }).gc?.();
    const base = used();
    let peak = base;
    const timer = setInterval(() => { peak = Math.max(peak, used()); }, 20);
    const t0 = performance.now();
    const r = await readArchive(csv, { maxTotalBytes: 1e9 });
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(timer);
    peak = Math.max(peak, used());
    const textBytes = r.files.reduce((n, f) => n + f.bytes.length, 0);
    return { rows: r.files.length, fileMB: fileBytes / 1e6, textMB: textBytes / 1e6, seconds, peakMB: (peak - base) / 1e6, peakPerFileByte: (peak - base) / fileBytes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
