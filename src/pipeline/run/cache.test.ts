import { appendFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutcomeStore } from './cache.ts';
import type { FileOutcome } from './cacheEntry.ts';

const outcome = (file: string): FileOutcome => ({ report: { file, status: 'ok', bytes: 3 }, text: '包头', mentions: [], initiatives: [] });
const key = (c: string) => c.repeat(64);

describe('OutcomeStore', () => {
  it('reads what another process appended after it first looked, ignores a record cut short, and a later log wins', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nmg-store-'));
    try {
      const main = new OutcomeStore(dir);
      expect(main.has(key('a'))).toBe(false);
      const worker = new OutcomeStore(dir);
      worker.write(key('a'), JSON.stringify(outcome('a.txt')));
      worker.write(key('b'), JSON.stringify(outcome('b.txt')));
      worker.close();
      // Found by reading the logs again from where they were left.
      expect(main.read(key('b'))).toEqual(outcome('b.txt'));
      expect(main.read(key('a'))).toEqual(outcome('a.txt'));
      // A record cut short at the end of a log is never indexed.
      appendFileSync(join(dir, readdirSync(dir)[0]), `${key('c')} 500\n{"report":`);
      expect(main.read(key('c'))).toBeUndefined();
      // A later process's record of the same key is the one read.
      const again = new OutcomeStore(dir);
      again.write(key('a'), JSON.stringify(outcome('a2.txt')));
      again.close();
      expect(new OutcomeStore(dir).read(key('a'))).toEqual(outcome('a2.txt'));
      expect(readdirSync(dir)).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('still finds an outcome kept as a file of its own (the first layout), and records with any characters', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nmg-store-'));
    try {
      writeFileSync(join(dir, `${key('d')}.json`), JSON.stringify(outcome('d.txt')));
      const store = new OutcomeStore(dir);
      expect(store.has(key('d'))).toBe(true);
      expect(store.read(key('d'))).toEqual(outcome('d.txt'));
      expect(store.has(key('e'))).toBe(false);
      const odd = { ...outcome('e.txt'), text: '𠀀 呼和浩特 \ud800 end' };
      store.write(key('e'), JSON.stringify(odd));
      store.close();
      expect(new OutcomeStore(dir).read(key('e'))).toEqual(JSON.parse(JSON.stringify(odd)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
