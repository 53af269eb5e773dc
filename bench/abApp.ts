/**
 * A/B aid (not part of `npm run bench`): built apps (folders with their own `data/`, e.g. `npx vite build --outDir
 * /tmp/dist-old` in a worktree of an older commit after `npm run data`) and the bare page (bench/out/bare, written by
 * `npm run bench -- app`) opened in turn after a warm-up round, `runs` rounds: median first idle of each and its ratio
 * to the bare page's. `npx tsx bench/abApp.ts 9 /tmp/dist-old dist`
 */
import { launch } from '../test/browser/browser.ts';
import { serveStatic } from '../test/browser/server.ts';
import { measureLoad } from './appBench.ts';
import { median } from './stats.ts';

const runs = Number(process.argv[2]);
const roots = [...process.argv.slice(3), 'bench/out/bare'];
const servers = await Promise.all(roots.map((r) => serveStatic(r)));
const browser = await launch();
const viewport = { width: 1280, height: 800 };
const idle: number[][] = roots.map(() => []);
for (let r = 0; r <= runs; r++) {
  for (const [i, root] of roots.entries()) {
    const { idleMs } = await measureLoad(browser, servers[i].url, root, viewport);
    if (r > 0) idle[i].push(idleMs);
  }
}
await browser.close();
for (const s of servers) await s.close();
const bare = median(idle.at(-1)!);
for (const [i, root] of roots.entries()) console.log(`${root}: first idle ${median(idle[i]).toFixed(0)} ms, ${(median(idle[i]) / bare).toFixed(2)}× the bare page`);
