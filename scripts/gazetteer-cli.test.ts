import { execFile } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../src/gazetteer/testSupport.ts';

/** Runs the CLI as a user would, through tsx; asynchronous so that the cases run side by side. */
function cli(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/gazetteer-cli.ts', ...args], { encoding: 'utf8' }, (err, stdout, stderr) => {
      resolve({ status: err ? Number(err.code ?? 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  await ensureBuilt();
}, 120_000);

describe.concurrent('gazetteer-cli', () => {
  it('prints candidates as JSON', async () => {
    const r = await cli('lookup', '科右前旗');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ code: '152221000000', matchedForm: '科右前旗' });
  });
  it('honours --within', async () => {
    const r = await cli('lookup', '满都宝力格镇', '--within', '152525000000');
    expect(JSON.parse(r.stdout)[0].code).toBe('152525103000');
  });
  it('prints counts per level', async () => {
    const r = await cli('stats');
    expect(JSON.parse(r.stdout).levels).toEqual({ prefecture: 12, county: 108, township: 1225, village: 14592 });
  });
  it.each([[''], ['科'.repeat(5000)], ['hello world'], ['!!!']])('returns an empty list for bad input %#', async (text) => {
    const r = await cli('lookup', text);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
  it.each([[['lookup']], [['lookup', '林东镇', '--within', '15']], [['frobnicate']], [[]]])('fails clearly on misuse %#', async (args) => {
    const r = await cli(...args);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^gazetteer: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
