/** Stage 7, run: read the input folder, run the per-file stages (cached, in workers), merge, write the outputs. */
export { runPipeline, type RunOptions, type RunSummary } from './run.ts';
export { InputError } from './inputError.ts';
export { processFile, type FileResult } from './processFile.ts';
export { parseCliArgs, USAGE } from './cliArgs.ts';
