import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { identity } from './mapped.ts';
import { repairLayout } from './repairLayout.ts';

const repair = (t: string) => repairLayout(identity(t)).text;

describe('repairLayout', () => {
  it('matches the golden output for a page with column breaks, headlines and a photo credit', () => {
    const out = repair(readFileSync('test/in/layout-columns.txt', 'utf8'));
    if (process.env.REGEN) writeFileSync('test/out/layout-columns.txt', out);
    expect(out).toBe(readFileSync('test/out/layout-columns.txt', 'utf8'));
  });
  it('joins a sentence cut by a column break inside a word', () => {
    const long = '今年以来,某旗坚持党建引领基层治理,推动各苏木镇建立网格化服务体系,基层党';
    expect(repair(`${long}\n\n组织书记带头走访牧户,帮助群众解决困难。`)).toContain('基层党组织书记');
  });
  it('keeps real paragraph ends, headlines, bylines and photo credits', () => {
    const para = '这是一个完整的段落,它以句号结束,而且足够长,不会被当作标题。';
    expect(repair(`${para}\n\n下一段开始了,也是完整的一句话,长度足够。`)).toContain('。\n\n下一段');
    const caption = '图为志愿者在社区为老人理发,帮助他们解决生活中的小困难。王五 摄';
    expect(repair(`${caption.replace('。', ',')}\n\n小积分兑出文明新风`)).toContain('摄\n\n小积分');
    expect(repair('◎基层风采\n\n牧区党建激发新活力')).toBe('◎基层风采\n\n牧区党建激发新活力');
  });
  it('does not join a short headline standing in the middle of a column', () => {
    const long = '驻村工作队员们带着组织的嘱托和群众的希望,走遍了全村每一户人家,带着组织';
    expect(repair(`${long}\n\n为民初心换群众舒心\n\n的嘱托和希望来到村里,一干就是三年。`)).toContain('\n\n为民初心换群众舒心\n\n');
  });
  it('does not glue a long headline without commas to the paragraph after a blank line', () => {
    const head = '从“难办”到“好办”:某区以一张清单打通老旧小区改造的最后一公里';
    const body = '某区把居民反映最多的问题列成清单,逐项整改,目前已完成改造小区12个。';
    expect(repair(`${head}\n\n${body}`)).toBe(`${head}\n\n${body}`);
    expect(repair(`(专栏名)某旗基层党支部书记带领牧民走上致富路 嘎查入选百强\n\n${body}`)).toContain('百强\n\n某区');
  });
  it('maps joined text back to the original offsets', () => {
    const src = `${'甲'.repeat(25)}党\n\n组织书记在此,说明情况。`;
    const m = repairLayout(identity(src));
    const i = m.text.indexOf('组');
    expect(src[m.map[i]]).toBe('组');
  });
});
