/** The reviewed short-form table data/aliases.csv: every row sound, and every long league or county name covered. */
import { beforeAll, describe, expect, it } from 'vitest';
import { GAZETTEER_DEFAULTS, repoPath } from './config.ts';
import { loadGazetteer } from './load.ts';
import { readCsvRows } from './readDivision.ts';
import { ensureBuilt } from './testSupport.ts';
import type { Gazetteer } from './types.ts';

/** League- and county-level units longer than 3 characters that have no short form, each with the reason. */
const NO_SHORT_FORM: Record<string, string> = {
  '150124000000': '清水河县: the bare 清水河 is blocked (also the river) and news writes the full name',
  '150624000000': '鄂托克旗: 鄂旗 is ambiguous with 鄂温克/鄂伦春 and 鄂托克 is inside 鄂托克前旗',
  '152529000000': '正镶白旗: no short form in common use (正白旗 and 镶白旗 are the two historical banners it merged)',
};

const rows = readCsvRows(repoPath(GAZETTEER_DEFAULTS.aliasesFile)).map((r) => ({
  code: r.code?.trim() ?? '', alias: r.alias?.trim() ?? '', note: r.note?.trim() ?? '',
}));
let g: Gazetteer;

beforeAll(async () => {
  await ensureBuilt();
  g = loadGazetteer();
}, 120_000);

/** Aliases the table lists under several codes, with those codes. */
const sharedAliases = new Map<string, string[]>();
for (const r of rows) sharedAliases.set(r.alias, [...(sharedAliases.get(r.alias) ?? []), r.code]);
for (const [alias, codes] of sharedAliases) if (codes.length < 2) sharedAliases.delete(alias);

const upper = (level: string | undefined) => level === 'prefecture' || level === 'county';

describe('data/aliases.csv', () => {
  it('gives every row a league- or county-level unit and a source note', () => {
    expect(rows.length).toBeGreaterThan(40);
    for (const r of rows) {
      expect(upper(g.get(r.code)?.level), `${r.code} ${r.alias}`).toBe(true);
      expect(r.alias.length, r.code).toBeGreaterThanOrEqual(2);
      expect(r.note.length, `${r.alias} has no source note`).toBeGreaterThan(10);
    }
  });

  it('lists one alias under several units only as the name they share: one level, one league, each name holding it', () => {
    for (const [alias, codes] of sharedAliases) {
      expect(new Set(codes).size, `${alias} listed twice for one unit`).toBe(codes.length);
      const units = codes.map((c) => g.get(c)!);
      expect(new Set(units.map((u) => u.level)).size, alias).toBe(1);
      expect(new Set(units.map((u) => u.path[0].code)).size, alias).toBe(1);
      for (const u of units) expect(u.name, alias).toContain(alias.slice(0, -1));
    }
  });

  it('gives a shared alias to exactly its units, as a shared form, so context must choose', () => {
    expect(sharedAliases.size).toBeGreaterThan(0);
    for (const [alias, codes] of sharedAliases) {
      expect(g.forms.get(alias)?.map((r) => `${r.code} ${r.kind}`).sort(), alias).toEqual(codes.map((c) => `${c} shared`).sort());
    }
  });

  it('resolves each other alias to its own unit first, by that very form, and to no other unit by it', () => {
    for (const r of rows) {
      if (sharedAliases.has(r.alias)) continue;
      const found = g.lookup(r.alias);
      expect(found[0]?.code, r.alias).toBe(r.code);
      expect(found[0]?.matchedForm, r.alias).toBe(r.alias);
      const others = found.filter((c) => c.code !== r.code && c.matchedForm === r.alias && c.score >= 0.85);
      expect(others.map((c) => c.name), r.alias).toEqual([]);
    }
  });

  it('gives every league and county longer than 3 characters a short form, from the table or the rules', () => {
    const missing: string[] = [];
    for (const u of g.units.values()) {
      if (!upper(u.level) || [...u.name].length <= 3 || NO_SHORT_FORM[u.code]) continue;
      const short = u.forms.filter((f) => f.kind !== 'official' && [...f.form].length < [...u.name].length);
      if (!short.some((f) => g.lookup(f.form)[0]?.code === u.code)) missing.push(`${u.code} ${u.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('lists as exceptions only units that really have no short form', () => {
    for (const code of Object.keys(NO_SHORT_FORM)) {
      const u = g.get(code)!;
      expect(upper(u.level), code).toBe(true);
      expect(u.forms.filter((f) => f.kind !== 'official').map((f) => f.form), NO_SHORT_FORM[code]).toEqual([]);
    }
  });
});
