import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseDate } from './archiveRow.ts';
import { listArchive, readArchive } from './readArchive.ts';
import { readEntry } from './readFolder.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'nmg-archive-'));
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('normaliseDate', () => {
  it('keeps the precision given and reads the common export forms', () => {
    expect(normaliseDate('2024-05-10')).toBe('2024-05-10');
    expect(normaliseDate('2024/5/9 08:30')).toBe('2024-05-09');
    expect(normaliseDate('2024年5月10日')).toBe('2024-05-10');
    expect(normaliseDate('20240510')).toBe('2024-05-10');
    expect(normaliseDate('2024-05-10T12:00:00Z')).toBe('2024-05-10');
    expect(normaliseDate('2024年5月')).toBe('2024-05');
    expect(normaliseDate('2024')).toBe('2024');
  });
  it('refuses what is not a date rather than guessing', () => {
    for (const bad of ['今年3月', '2024-02-30', '2024-13', '10/05/2024', 'May 2024', '24-5-10']) expect(normaliseDate(bad)).toBeNull();
  });
});

describe('readArchive: CSV', () => {
  it('makes one source file per row, ids default to the row number, metadata kept', async () => {
    const dir = tmp();
    const csv = join(dir, 'a.csv');
    writeFileSync(csv, '\ufeffid,title,date,outlet,page,url,text\n'
      + 'n/1,老年餐厅,2024-11-06,内蒙古日报,A3,https://example.org/1,"在包头市，社区开办了食堂。\n第二段。"\n'
      + ',无号,2024年5月,,,,兴安盟突泉县的新闻\n');
    const r = await readArchive(csv);
    expect(r.files.map((f) => f.file)).toEqual(['n_1.txt', '2.txt']);
    expect(text(r.files[0].bytes)).toBe('在包头市，社区开办了食堂。\n第二段。');
    expect(r.sources.get('n_1.txt')).toEqual({ id: 'n/1', title: '老年餐厅', outlet: '内蒙古日报', date: '2024-11-06', page: 'A3', url: 'https://example.org/1' });
    expect(r.sources.get('2.txt')).toMatchObject({ id: '2', date: '2024-05', outlet: null, url: null });
    expect(r.rows).toEqual([]);
  });

  it('reports each bad row and goes on: no text, a non-date, a non-http URL, a duplicate text', async () => {
    const dir = tmp();
    const csv = join(dir, 'b.csv');
    writeFileSync(csv, 'id,date,url,text\n'
      + 'a,,,\n'
      + 'b,今年3月,,赤峰市的报道\n'
      + 'c,2024,javascript:alert(1),通辽市的报道\n'
      + 'd,2023,,赤峰市的报道\n'
      + 'e,,, 赤峰市的报道 \n');
    const r = await readArchive(csv);
    expect(r.files.map((f) => f.file)).toEqual(['b.txt', 'c.txt']);
    expect(r.sources.get('b.txt')?.date).toBeNull();
    expect(r.sources.get('c.txt')).toMatchObject({ date: '2024', url: null });
    const lines = r.rows!.map((p) => `${p.row} ${p.id} ${p.field}: ${p.message}`);
    expect(lines[0]).toMatch(/^1 a text: no text/);
    expect(lines[1]).toMatch(/^2 b date: date "今年3月" is not a date.*undated/);
    expect(lines[2]).toMatch(/^3 c url: url "javascript:alert\(1\)" is not an http\(s\) address; dropped/);
    expect(lines[3]).toMatch(/^4 d text: duplicate text, processed once as "b".*"b" \(row 2\), "d" \(row 4\), "e" \(row 5\)/);
    expect(lines[4]).toMatch(/^5 e text: duplicate text/);
    expect(lines).toHaveLength(5);
  });

  it('refuses a CSV without a text column, with the columns it has', async () => {
    const csv = join(tmp(), 'c.csv');
    writeFileSync(csv, 'id,body\n1,x\n');
    await expect(readArchive(csv)).rejects.toThrow(/no "text" column.*id, body/);
  });

  it('reads a GB18030 export', async () => {
    const csv = join(tmp(), 'gb.csv');
    // "text\n在包头市\n" in GB18030.
    writeFileSync(csv, new Uint8Array([0x74, 0x65, 0x78, 0x74, 0x0a, 0xd4, 0xda, 0xb0, 0xfc, 0xcd, 0xb7, 0xca, 0xd0, 0x0a]));
    const r = await readArchive(csv);
    expect(text(r.files[0].bytes)).toBe('在包头市');
  });
});

describe('readArchive: JSON Lines and folders', () => {
  it('reads JSON Lines, reporting a broken line by its number', async () => {
    const jsonl = join(tmp(), 'a.jsonl');
    writeFileSync(jsonl, '{"id":7,"text":"包头市","url":"http://example.org/x"}\n\n{broken\n["not","an object"]\n{"text":"赤峰市"}\n');
    const r = await readArchive(jsonl);
    expect(r.files.map((f) => f.file)).toEqual(['7.txt', '5.txt']);
    expect(r.sources.get('7.txt')).toMatchObject({ id: '7', url: 'http://example.org/x' });
    expect(r.rows!.map((p) => `${p.row} ${p.field}`)).toEqual(['3 row', '4 row']);
  });

  it('takes a folder\'s articles.csv as metadata by file name, and reports rows naming no file', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', '01.txt'), '包头市');
    writeFileSync(join(dir, 'in', '02.txt'), '赤峰市');
    writeFileSync(join(dir, 'in', 'articles.csv'), 'file,title,date,outlet,page,url\n01.txt,标题,2025-01-02,包头日报,2,ftp://x\nmissing.txt,,,,,\n');
    const r = await readArchive(join(dir, 'in'));
    expect(r.files.map((f) => f.file)).toEqual(['01.txt', '02.txt']);
    expect(r.sources.get('01.txt')).toEqual({ id: '01', title: '标题', outlet: '包头日报', date: '2025-01-02', page: '2', url: null });
    expect(r.sources.get('02.txt')).toBeUndefined();
    expect(r.rows!.map((p) => `${p.row} ${p.field}`)).toEqual(['1 url', '2 file']);
  });

  it('refuses an input that is neither a folder, a .csv nor a .jsonl', async () => {
    const f = join(tmp(), 'a.xlsx');
    writeFileSync(f, '');
    await expect(readArchive(f)).rejects.toThrow(/a folder of \.txt files, a \.csv or a \.jsonl/);
  });
});

describe('listArchive: the row spill', () => {
  it('lists rows as places in a spill file inside the folder given, never as bytes; rows after bad ones read back whole', async () => {
    const dir = tmp();
    const spillDir = mkdtempSync(join(dir, 'spill-'));
    const csv = join(dir, 'a.csv');
    writeFileSync(csv, 'id,date,url,text\n'
      + 'a,2024,,\n'
      + 'b,今年,,"乌海市的报道，""引号""\n第二行"\n'
      + 'c,,,乌海市的报道，"引号"\n'
      + 'd,,ftp://x,"锡林郭勒盟的报道"\n'
      + 'e,2023-02,https://example.org/e," 乌海市的报道，""引号""\n第二行 "\n');
    const list = await listArchive(csv, {}, spillDir);
    expect(readdirSync(spillDir)).toEqual(['rows.bin']);
    expect(list.entries.map((e) => e.file)).toEqual(['b.txt', 'c.txt', 'd.txt']);
    expect(list.entries.some((e) => 'bytes' in e)).toBe(false);
    const texts = list.entries.map((e) => { const r = readEntry(e); return 'bytes' in r ? text(r.bytes) : r.message; });
    expect(texts).toEqual(['乌海市的报道，"引号"\n第二行', '乌海市的报道，"引号"', '锡林郭勒盟的报道']);
    expect(list.sources.get('d.txt')).toEqual({ id: 'd', title: null, outlet: null, date: null, page: null, url: null });
    expect(list.sources.get('b.txt')).toMatchObject({ id: 'b', date: null });
    expect(list.rows!.map((p) => `${p.row} ${p.id} ${p.field}`)).toEqual(['1 a text', '2 b date', '4 d url', '5 e text']);
    expect(list.rows![3].message).toMatch(/duplicate text, processed once as "b"/);
  });

  it('spills a JSON Lines archive the same way, past a broken line', async () => {
    const dir = tmp();
    const jsonl = join(dir, 'a.jsonl');
    writeFileSync(jsonl, '{"id":"x","text":"包头市\\n昆都仑区","outlet":"包头日报"}\n{oops\n{"id":"y","text":"包头市\\n昆都仑区"}\n{"id":"z","text":"鄂尔多斯市"}\n');
    const list = await listArchive(jsonl, {}, dir);
    expect(list.entries.map((e) => e.file)).toEqual(['x.txt', 'z.txt']);
    const r = readEntry(list.entries[1]);
    expect('bytes' in r && text(r.bytes)).toBe('鄂尔多斯市');
    expect(list.sources.get('x.txt')).toMatchObject({ outlet: '包头日报' });
    expect(list.rows!.map((p) => `${p.row} ${p.id} ${p.field}`)).toEqual(['2 2 row', '3 y text']);
    expect(list.rows![1].message).toMatch(/processed once as "x" \(x\.txt\); ids with this text: "x" \(row 1\), "y" \(row 3\)/);
  });

  it('readArchive leaves no spill behind, on success and when the archive is refused', async () => {
    const saved = process.env.TMPDIR;
    const dir = tmp();
    const scratch = mkdtempSync(join(dir, 'tmp-'));
    writeFileSync(join(dir, 'ok.csv'), 'text\n包头市\n');
    writeFileSync(join(dir, 'bad.csv'), 'body\n包头市\n');
    process.env.TMPDIR = scratch;
    try {
      expect((await readArchive(join(dir, 'ok.csv'))).files).toHaveLength(1);
      await expect(readArchive(join(dir, 'bad.csv'))).rejects.toThrow(/no "text" column/);
    } finally {
      process.env.TMPDIR = saved;
    }
    expect(readdirSync(scratch)).toEqual([]);
  });
});
