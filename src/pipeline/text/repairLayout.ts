/**
 * repairLayout: joins newspaper column breaks that cut a sentence ("基层党\n\n组织书记") so names split across
 * them are found; real paragraphs, headlines, bylines and photo credits are left alone.
 */
import { rewrite, type Mapped } from './mapped.ts';
import { PIPELINE_DEFAULTS } from '../defaults.ts';

/** Characters a paragraph can end with (sentence ends, closing quotes/brackets, ellipsis). */
const PARAGRAPH_END = /[。.!?！？;；:：”’"')）】》…—~]$/u;
/** A continuation starts like running text: a Han character, a lowercase letter, an opening bracket, a comma. */
const CONTINUATION_START = /^[\p{Script=Han}a-z(（、,，]/u;
/** Line openers that mark a new block (section marks, bylines, list bullets, headings). */
const BLOCK_START = /^[◎□■◆★☆●○▲△▶►#\-*>•·【]/u;
/** A trailing short token after a space is a credit or name ("张泽鹏 摄", "通讯员 王晶"). */
const CREDIT_END = /\s\S{1,4}$/u;
const SENTENCE_PUNCT = /[,，。、;；:：!?！？]/u;

function joinable(prev: string, next: string): boolean {
  const { minBrokenLine } = PIPELINE_DEFAULTS;
  const p = prev.trimEnd();
  if (p.length < minBrokenLine || PARAGRAPH_END.test(p) || CREDIT_END.test(p)) return false;
  if (!/[\p{Script=Han}a-zA-Z0-9、,，(（“‘]$/u.test(p)) return false;
  if (!CONTINUATION_START.test(next) || BLOCK_START.test(next)) return false;
  // A short line without sentence punctuation is a headline standing in the column, not the rest of a sentence.
  return next.length >= minBrokenLine || SENTENCE_PUNCT.test(next);
}

/**
 * A line over a blank line that cannot be half of a broken sentence: no stop, comma or enumeration comma in it
 * (a headline of any length, "X:Y" included), where a column-broken paragraph has run through some.
 */
function standsAlone(prev: string, gap: string): boolean {
  return /\n[ \t]*\n/.test(gap) && prev.trim().length <= MAX_HEADLINE && !/[。,,;;、]/.test(prev);
}
const MAX_HEADLINE = 60;

export function repairLayout(src: Mapped): Mapped {
  const text = src.text;
  return rewrite(src, /[ \t]*\n[ \t\n]*/g, (m) => {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const prev = text.slice(lineStart, m.index);
    if (standsAlone(prev, m[0])) return null;
    const after = m.index + m[0].length;
    const nextEnd = text.indexOf('\n', after);
    const next = text.slice(after, nextEnd < 0 ? text.length : nextEnd);
    return joinable(prev, next) ? '' : null;
  });
}
