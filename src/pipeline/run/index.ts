/** Stage 7, run: list the input folder, run the per-file stages into the cache (in worker processes, or one shard), merge, write the outputs. */
export { runPipeline, type RunOptions, type RunSummary } from './run.ts';
export { InputError } from './inputError.ts';
export { processFile, type FileResult } from './processFile.ts';
export { parseCliArgs, USAGE } from './cliArgs.ts';
export { parseShard, shardOf, type Shard } from './shard.ts';
