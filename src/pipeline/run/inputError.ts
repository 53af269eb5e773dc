/** InputError: the input cannot be run at all (unreadable folder, no .txt file, over a limit, bad arguments); the CLI exits 2 on it. */
export class InputError extends Error {
  override name = 'InputError';
}
