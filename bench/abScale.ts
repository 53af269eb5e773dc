/**
 * A/B aid (not part of `npm run bench`): sites in bench/out/scale/<name> (written by `npm run bench -- scale`: `app`
 * and `bare`; another build of the app can be copied beside them with `data` linked to `../app/data`) opened in turn,
 * a warm-up round first, then `runs` rounds: medians of first idle, longest task after first paint, and two toggles.
 * `npx tsx bench/abScale.ts 4 main app bare`
 */
import { launch } from '../test/browser/browser.ts';
import { serveStatic } from '../test/browser/server.ts';
import { longestTaskAfterPaint, openAndWait, toggleCategory } from './loadProbe.ts';
import { median } from './stats.ts';

const runs = Number(process.argv[2]);
const names = process.argv.slice(3);
const servers = await Promise.all(names.map((n) => serveStatic(`bench/out/scale/${n}`)));
const browser = await launch();
const res = Object.fromEntries(names.map((n) => [n, { idle: [] as number[], long: [] as number[], toggle: [] as number[] }]));
for (let r = 0; r <= runs; r++) {
  for (const [i, n] of names.entries()) {
    const { idleMs, page } = await openAndWait(browser, servers[i].url, `bench/out/scale/${n}`, { width: 1280, height: 800 });
    const toggles = [await toggleCategory(page, 'party-education'), await toggleCategory(page, 'party-education')];
    const long = await longestTaskAfterPaint(page);
    await page.close();
    if (r === 0) continue;
    res[n].idle.push(idleMs); res[n].long.push(long); res[n].toggle.push(...toggles);
  }
}
await browser.close();
for (const s of servers) await s.close();
for (const n of names) console.log(`${n}: idle ${median(res[n].idle).toFixed(0)} ms, longest task ${median(res[n].long).toFixed(0)} ms, toggle ${median(res[n].toggle).toFixed(0)} ms`);
