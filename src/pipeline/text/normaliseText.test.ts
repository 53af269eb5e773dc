import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseText } from './normaliseText.ts';

const golden = (name: string, actual: string) => {
  const path = `test/out/${name}`;
  if (process.env.REGEN) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
};

describe('normaliseText', () => {
  const input = readFileSync('test/in/normalise-web.txt', 'utf8');
  const out = normaliseText(input);

  it('matches the golden output for a web page copy (tags, entities, noise, traditional, full-width)', () => {
    golden('normalise-web.txt', out.text);
  });
  it('drops scripts, styles, comments, footnote marks and editor credits', () => {
    expect(out.text).not.toMatch(/tracker|color: red|广告位|\[1\]|编辑|<|>/);
  });
  it('converts traditional to simplified and folds full-width forms', () => {
    expect(out.text).toContain('锡林郭勒盟东乌珠穆沁旗');
    expect(out.text).toContain('在12个苏木镇');
    expect(out.text).toContain('“党建+”');
  });
  it('drops tone-marked pinyin after a Han character only, in either bracket', () => {
    expect(normaliseText('內(nèi)蒙古網（wǎng）站').text).toBe('内蒙古网站');
    expect(normaliseText('x(nèi) 蒙(abc) (mě)').text).toBe('x(nèi) 蒙(abc) (mě)');
  });
  it('joins letter-spaced Han but keeps ordinary spaces', () => {
    expect(out.text).toContain('在乌兰浩特市');
    expect(normaliseText('□本报记者 宋爽 通讯员 王晶').text).toBe('□本报记者 宋爽 通讯员 王晶');
  });
  it('maps every kept character back to the same or its converted character', () => {
    // Converted beside a Han character: a line of marks alone is furniture and blanked.
    const simplified = (c: string) => normaliseText('甲' + c).text.slice(1);
    for (let i = 0; i < out.text.length; i++) {
      const o = input[out.map[i]];
      const c = out.text[i];
      if (c === '\n' || c === ' ' || c === '&' || c === '“' || c === '”') continue;
      expect(c === o || simplified(o) === c, `clean[${i}]=${c} maps to ${o}`).toBe(true);
    }
    expect(out.map[out.text.length]).toBe(input.length);
  });
  it('is stable on already clean simplified text', () => {
    const t = '兴安盟乌兰浩特市五一街道,社区居民。\n第二段。';
    expect(normaliseText(t).text).toBe(t);
  });
  it('keeps a whole offset map on pages of unclosed scripts, comments and tags', () => {
    for (const unit of ['<script>', '<!--', '<p', '&amp', '[1', '【编辑:']) {
      const text = `包头${unit}`.repeat(Math.ceil(400_000 / (unit.length + 2)));
      const r = normaliseText(text);
      expect(r.map.length, unit).toBe(r.text.length + 1);
      expect(r.map[r.text.length], unit).toBe(text.length);
      expect(r.text, unit).toContain('包头');
    }
  });
  it('drops a closed script even when another one never closes', () => {
    expect(normaliseText('甲<script>x</script>乙<SCRIPT>y丙').text).toBe('甲乙y丙');
  });
});
