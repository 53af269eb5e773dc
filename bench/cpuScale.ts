/**
 * A/B aid (not part of `npm run bench`), for a shared 2-core machine where wall times move more than the change: sites in
 * bench/out/scale/<name> (as for abScale.ts) opened in turn under a Chromium trace, a warm-up round first, then `runs`
 * rounds; medians of first idle (wall) and of the CPU time (trace thread time, summed over tasks) from navigation to
 * ready of the page's main thread, the map worker, the GPU process's main thread and the rest, and their sum (main + worker + gpu).
 * `npx tsx bench/cpuScale.ts 10 main app bare`
 */
import { launch } from '../test/browser/browser.ts';
import { serveStatic } from '../test/browser/server.ts';
import { watchPage } from './loadProbe.ts';
import { median } from './stats.ts';
interface Ev { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: Record<string, unknown> }
const runs = Number(process.argv[2]);
const names = process.argv.slice(3);
const servers = await Promise.all(names.map((n) => serveStatic(`bench/out/scale/${n}`)));
const browser = await launch();
const res: Record<string, Record<string, number[]>> = Object.fromEntries(names.map((n) => [n, {}]));
for (let r = 0; r <= runs; r++) for (const [i, n] of names.entries()) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await watchPage(page);
  const cdp = await page.context().newCDPSession(page);
  const events: Ev[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as Ev[])));
  await cdp.send('Tracing.start', { categories: 'toplevel,__metadata', transferMode: 'ReportEvents' });
  await page.goto(servers[i].url);
  const idle = await (await page.waitForFunction(() => (window as unknown as { __idleAt?: number }).__idleAt, null, { timeout: 120_000 })).jsonValue() as number;
  const done = new Promise<void>((res) => cdp.once('Tracing.tracingComplete', () => res()));
  await cdp.send('Tracing.end'); await done; await page.close();
  if (r === 0) continue;
  const tn = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, String(e.args?.name)]));
  const sums: Record<string, number> = { idle };
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask') continue;
    let k = tn.get(`${e.pid}:${e.tid}`) ?? 'other';
    k = k.startsWith('DedicatedWorker') ? 'worker' : k === 'CrRendererMain' ? 'main' : k === 'CrGpuMain' ? 'gpu' : 'other';
    sums[k] = (sums[k] ?? 0) + (e.tdur ?? 0) / 1000;
  }
  sums.total = (sums.main ?? 0) + (sums.worker ?? 0) + (sums.gpu ?? 0);
  for (const [k, v] of Object.entries(sums)) (res[n][k] ??= []).push(v);
}
await browser.close();
for (const s of servers) await s.close();
for (const n of names) console.log(n.padEnd(6), Object.entries(res[n]).map(([k, v]) => `${k} ${median(v).toFixed(0)}`).join(', '));
