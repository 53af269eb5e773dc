/**
 * normaliseText: the text steps that do not change meaning — line ends, HTML tags/entities and web annotation
 * noise removed, full-width forms folded, traditional → simplified (opencc-js t→cn), letter-spaced Han joined,
 * page furniture lines blanked — each keeping the map back to original offsets.
 */
import * as OpenCC from 'opencc-js';
import { decodeEntity, HTML_ENTITY, HTML_TAG } from './htmlEntities.ts';
import { blockRanges } from './blockRanges.ts';
import { furnitureRanges } from './normaliseTextFurniture.ts';
import { deleteRanges, identity, mapChars, rewrite, type Mapped } from './mapped.ts';
import { mayConvert } from './traditionalLines.ts';

let toSimplified: ((s: string) => string) | undefined;

/** Block-level tags become a line break so paragraphs of pasted HTML stay paragraphs. */
const BLOCK_TAG = /^(p|br|div|li|ul|ol|h[1-6]|tr|table|section|article|blockquote|hr|header|footer)$/i;
/** Web copy noise: footnote marks, editor credits, "[编辑]" links. */
const NOISE = [
  /\[(?:\d{1,3}|编辑|编辑本段|注|引用|来源请求)\]/g,
  /【\s*(?:责任编辑|编辑|责编|校对|审核|审校|来源|作者|记者|通讯员|本文来源)[：:][^【】\n]{0,60}】/g,
  /[（(]\s*(?:责任编辑|编辑|责编|校对|审核|审校)[：:][^（()）\n]{0,40}[)）]/g,
  // Mirror sites annotate characters with tone-marked pinyin: 內(nèi)蒙古, 網(wǎng). The bracket comes first so the
  // engine looks behind only at brackets, not at every character (the lookbehind first cost 1.5 % of a run).
  /[（(](?<=\p{Script=Han}[（(])[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}[)）]/gu,
];
const HAN = '\\p{Script=Han}';

const WIDE = /[\uff01-\uff5e\u3000\u00a0\u2002\u2003\u2009\u300c-\u300f]/g;
const CORNER: Record<string, string> = { '\u300c': '“', '\u300d': '”', '\u300e': '‘', '\u300f': '’' };

function foldWidth(text: string): string {
  return text.replace(WIDE, (ch) => {
    const c = ch.charCodeAt(0);
    if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
    return CORNER[ch] ?? ' ';
  });
}

/**
 * opencc t→cn, line by line and only on lines it can change (traditionalLines.ts): it is one-to-one for almost all
 * text; lines where a phrase rule changes length go character by character.
 */
function simplify(src: Mapped): Mapped {
  if (!mayConvert(src.text)) return src;
  toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' });
  const convert = toSimplified;
  const one = (ch: string) => { const c = convert(ch); return c.length === ch.length ? c : ch; };
  return mapChars(src, (text) => text.split('\n').map((line) => {
    if (!mayConvert(line)) return line;
    const c = convert(line);
    return c.length === line.length ? c : [...line].map(one).join('');
  }).join('\n'));
}

export function normaliseText(text: string): Mapped {
  let m = identity(text);
  m = rewrite(m, /\r\n?/g, () => '\n');
  m = deleteRanges(m, blockRanges(m.text));
  m = rewrite(m, HTML_TAG, (x) => (BLOCK_TAG.test(x[1]) ? '\n' : ''));
  m = rewrite(m, HTML_ENTITY, (x) => decodeEntity(x[1]));
  m = rewrite(m, /[\u200B-\u200D\u2060\uFEFF\u00AD]/g, () => '');
  for (const re of NOISE) m = rewrite(m, re, () => '');
  m = mapChars(m, foldWidth);
  m = simplify(m);
  // Letter-spaced Han ("乌 兰 浩 特") from web layouts: single spaces between single characters, three or more in a row.
  m = rewrite(m, new RegExp(`(?<!${HAN})${HAN}(?:[ \\t]${HAN}(?!${HAN})){2,}`, 'gu'), (x) => x[0].replace(/[ \t]/g, ''));
  // Furniture is read on simplified, width-folded text; its lines stay as blank lines, which keep paragraphs apart.
  return deleteRanges(m, furnitureRanges(m.text));
}
