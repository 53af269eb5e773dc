import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './cliArgs.ts';
import { InputError } from './inputError.ts';

const refused = (argv: string[]) => {
  try {
    parseCliArgs(argv);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as Error).message;
  }
  throw new Error(`accepted ${argv.join(' ')}`);
};

describe('parseCliArgs', () => {
  it('takes both option forms and turns megabytes into bytes', () => {
    const a = parseCliArgs(['--input', 'in', '--out=o', '--max-file-mb', '1.5', '--workers', '2', '--max-files=10']);
    expect(a).toEqual({ input: 'in', out: 'o', cache: 'o/.cache', workers: 2, limits: { maxFileBytes: 1.5 * 1024 * 1024, maxFiles: 10 } });
  });
  it('refuses every number that is not a positive number, naming the option', () => {
    expect(refused(['--input', 'i', '--out', 'o', '--max-file-mb', 'abc'])).toMatch(/--max-file-mb must be a number greater than 0 \(got "abc"\)/);
    for (const w of ['abc', '0', '-3', '1.5', '2x']) expect(refused(['--input', 'i', '--out', 'o', '--workers', w])).toMatch(/--workers must be a whole number/);
    expect(refused(['--input', 'i', '--out', 'o', '--max-total-mb', ''])).toMatch(/--max-total-mb/);
  });
  it('refuses unknown options, stray words, missing values and repeats', () => {
    expect(refused(['--input', 'i', '--out', 'o', '--wokers', '2'])).toMatch(/unknown option --wokers/);
    expect(refused(['--input', 'i', '--out', 'o', 'extra'])).toMatch(/unexpected argument "extra"/);
    expect(refused(['--input', 'i', '--out'])).toMatch(/--out needs a value/);
    expect(refused(['--input', 'i', '--out', '--workers', '2'])).toMatch(/--out needs a value/);
    expect(refused(['--input', 'i', '--input', 'j', '--out', 'o'])).toMatch(/given twice/);
    expect(refused(['--input', 'i'])).toMatch(/usage:/);
  });
  it('takes --shard I/N and refuses a malformed one, naming the option', () => {
    expect(parseCliArgs(['--input', 'i', '--out', 'o', '--shard', '1/4']).shard).toEqual({ index: 1, count: 4 });
    for (const bad of ['3/2', 'a/b', '0/0', '1']) expect(refused(['--input', 'i', '--out', 'o', `--shard=${bad}`])).toMatch(/--shard: expected I\/N/);
  });
});
