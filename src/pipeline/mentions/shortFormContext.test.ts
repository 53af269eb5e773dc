/** Short and bare forms resolve only where word structure allows a place reading: traps and legitimate uses, fresh sentences. */
import { beforeAll, describe, expect, it } from 'vitest';
import { testGeoparser } from '../../../test/pipeline/testGeoparser.ts';
import type { Geoparser } from '../geoparser.ts';
import { processFile } from '../run/processFile.ts';
import { wordInternal } from './shortFormContext.ts';

let gp: Geoparser;
beforeAll(async () => { gp = await testGeoparser(); }, 120_000);

const mentionOf = (text: string, surface: string) =>
  (processFile(gp, { file: 't.txt', bytes: new TextEncoder().encode(text) }).mentions ?? []).find((m) => m.surface === surface);

describe('short forms inside longer words are not places', () => {
  const traps: [string, string][] = [
    ['这座古镇临河而建，石桥相连。', '临河'],
    ['老牧民乌达木赶着羊群回家。', '乌达'],
    ['她在多伦多读完了研究生。', '多伦'],
    ['赛罕乌拉保护区的马鹿数量明显增加。', '赛罕'],
    ['各地依托县域资源发展特色产业。', '托县'],
    ['市里委托县农牧局开展调查。', '托县'],
    ['主队在主场拿下二连胜。', '二连'],
    ['他热情地招呼市民进来坐坐。', '呼市'],
  ];
  for (const [text, surface] of traps) {
    it(`${surface} in «${text}»`, () => {
      const m = mentionOf(text, surface);
      expect(m?.status).toBe('not-a-place');
      expect(m?.reason).toMatch(/inside a longer word|ends inside/);
    });
  }
  it('lets a name that the short form begins be found whole (赛罕乌素村 is not 赛罕区 + 乌素村)', () => {
    const ms = processFile(gp, { file: 't.txt', bytes: new TextEncoder().encode('海南区的赛罕乌素村。') }).mentions ?? [];
    expect(ms.some((m) => m.code === '150105000000')).toBe(false);
    expect(ms.find((m) => m.surface.endsWith('乌素村'))?.start).toBe(4);
  });
});

describe('short forms where a place reading fits', () => {
  const places: [string, string, string][] = [
    ['托县人民政府发布防汛通知。', '托县', '150122000000'],
    ['记者在二连采访边贸商户。', '二连', '152501000000'],
    ['克旗经棚镇开展文艺演出。', '克旗', '150425000000'],
    ['临河的夏天瓜果飘香。', '临河', '150802000000'],
    ['乌达、海勃湾两区联合执法。', '乌达', '150304000000'],
    ['翁旗委、政府召开专题会议。', '翁旗', '150426000000'],
    ['达茂草原迎来了第一批游客。', '达茂', '150223000000'],
    ['多伦是京津的生态屏障。', '多伦', '152531000000'],
    ['来自二连的货车排起长队。', '二连', '152501000000'],
  ];
  for (const [text, surface, code] of places) {
    it(`${surface} in «${text}»`, () => {
      expect(mentionOf(text, surface)).toMatchObject({ status: 'place', code });
    });
  }
  it('never checks a full name with its suffix', () => {
    expect(mentionOf('临河区委书记到村里调研。', '临河区')).toMatchObject({ status: 'place', code: '150802000000' });
    expect(mentionOf('多伦县多个嘎查通了公交。', '多伦县')).toMatchObject({ status: 'place', code: '152531000000' });
  });
});

describe('wordInternal', () => {
  const none = () => false;
  it('accepts a bare name before punctuation, the end, a function word or a dictionary word', () => {
    for (const t of ['在乌达。', '在乌达', '乌达的', '乌达经济']) expect(wordInternal(t, t.indexOf('乌达'), t.indexOf('乌达') + 2, none), t).toBeNull();
  });
  it('accepts a bare name right before another known form (a chain)', () => {
    expect(wordInternal('多伦蔡木山乡', 0, 2, (p) => p === 2)).toBeNull();
  });
  it('rejects a bare name followed by a character that continues it', () => {
    expect(wordInternal('乌达木说', 0, 2, none)).toMatch(/乌达\|木/);
  });
  it('rejects a suffixed short form whose first character closes a word before it', () => {
    expect(wordInternal('依托县域', 1, 3, none)).toMatch(/依托/);
    expect(wordInternal('在托县域', 1, 3, none)).toBeNull();
  });
});
