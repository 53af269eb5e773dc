/**
 * `npm run bench`: runs every benchmark in one process and prints JSON; BENCHMARKS.md quotes its medians.
 * `npm run bench -- pipeline` or `-- app` runs one part.
 */
import { benchApp } from './appBench.ts';
import { benchPipeline } from './pipelineBench.ts';

const which = process.argv[2] ?? 'all';
const out: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };
if (which === 'all' || which === 'pipeline') out.pipeline = await benchPipeline();
if (which === 'all' || which === 'app') out.app = await benchApp();
console.log(JSON.stringify(out, null, 2));
