/**
 * `npm run bench`: runs every benchmark in one process and prints JSON; BENCHMARKS.md quotes its medians.
 * `npm run bench -- pipeline`, `-- archive`, `-- linearity`, `-- app` or `-- scale` runs one part (app and scale need `npm run data && npm run build`).
 */
import { benchApp } from './appBench.ts';
import { benchArchive } from './archiveBench.ts';
import { benchLinearity } from './linearityBench.ts';
import { benchPipeline } from './pipelineBench.ts';
import { benchScaleApp } from './scaleAppBench.ts';

const which = process.argv[2] ?? 'all';
const out: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };
if (which === 'all' || which === 'pipeline') out.pipeline = await benchPipeline();
if (which === 'all' || which === 'archive') out.archive = await benchArchive();
if (which === 'all' || which === 'linearity') out.linearity = await benchLinearity();
if (which === 'all' || which === 'app') out.app = await benchApp();
if (which === 'all' || which === 'scale') out.scale = await benchScaleApp();
console.log(JSON.stringify(out, null, 2));
