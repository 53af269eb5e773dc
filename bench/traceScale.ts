/**
 * Profiling aid (not a benchmark): loads the scale app once under a Chromium trace, toggles a category, and prints the
 * main thread's long tasks with what ran inside them, so the work behind first idle and long tasks can be named.
 * The trace and CPU profile are written to the temp folder (nmg-trace-*.json, nmg-profile-*.json); the trace also holds
 * CPU samples of every thread (Profile/ProfileChunk events), the map worker's included, for DevTools or a script to read. Run after `npm run bench -- scale` has written bench/out/scale: `npx tsx bench/traceScale.ts [app|bare] [toggles]`.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from '../test/browser/browser.ts';
import { serveStatic } from '../test/browser/server.ts';
import { toggleCategory, watchPage } from './loadProbe.ts';

interface Ev { name: string; cat: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: Record<string, unknown> }

const which = process.argv[2] ?? 'app';
const toggles = Number(process.argv[3] ?? 2);
const server = await serveStatic(`bench/out/scale/${which}`);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await watchPage(page);
const cdp = await page.context().newCDPSession(page);
const events: Ev[] = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as Ev[])));
await cdp.send('Tracing.start', { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8', 'v8.execute', 'blink', 'loading', 'disabled-by-default-v8.cpu_profiler'].join(','), transferMode: 'ReportEvents' });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
await cdp.send('Profiler.start');
await page.goto(server.url);
const idle = await (await page.waitForFunction(() => (window as unknown as { __idleAt?: number }).__idleAt, null, { timeout: 120_000 })).jsonValue();
const toggleMs: number[] = [];
for (let i = 0; i < toggles; i++) {
  toggleMs.push(await toggleCategory(page, 'party-education'));
}
const longs = await page.evaluate(() => (window as unknown as { __long: unknown[] }).__long);
const { profile } = await cdp.send('Profiler.stop');
writeFileSync(join(tmpdir(), `nmg-profile-${which}.json`), JSON.stringify(profile));
const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
await cdp.send('Tracing.end');
await done;
await browser.close();
await server.close();
writeFileSync(join(tmpdir(), `nmg-trace-${which}.json`), JSON.stringify({ traceEvents: events }));

// Main thread of the page's renderer.
const names = events.filter((e) => e.name === 'thread_name' && (e.args?.name === 'CrRendererMain'));
const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'TracingStartedInBrowser');
const mains = new Set(names.map((e) => `${e.pid}:${e.tid}`));
const onMain = events.filter((e) => mains.has(`${e.pid}:${e.tid}`) && e.ph === 'X');
const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
const t0 = events.filter((e) => e.name === 'navigationStart').map((e) => e.ts).sort((a, b) => a - b)[0] ?? nav?.ts ?? 0;
console.log(JSON.stringify({ idle, toggleMs, longs }));
let busy = 0;
for (const t of tasks) busy += t.dur ?? 0;
console.log(`main-thread tasks: ${tasks.length}, busy ${(busy / 1000).toFixed(0)} ms`);
for (const t of tasks.filter((x) => (x.dur ?? 0) > 50_000)) {
  const inside = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0));
  const by = new Map<string, number>();
  for (const e of inside) {
    const d = e.args?.data as Record<string, unknown> | undefined;
    const label = `${e.name}${d?.url ? ' ' + String(d.url).split('/').pop() : ''}${d?.functionName ? ' ' + d.functionName : ''}${d?.type ? ' ' + d.type : ''}`;
    by.set(label, (by.get(label) ?? 0) + (e.dur ?? 0));
  }
  const top = [...by].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k}=${(v / 1000).toFixed(0)}`);
  console.log(`@${((t.ts - t0) / 1000).toFixed(0)} ms  ${((t.dur ?? 0) / 1000).toFixed(0)} ms: ${top.join(' | ')}`);
}
