/** contextSentence: the sentence around a span of the original text, bounded so a page without punctuation stays short. */
import { PIPELINE_DEFAULTS } from '../defaults.ts';

const END = /[。！？!?；;\n]/u;

export function contextSentence(text: string, start: number, end: number, max: number = PIPELINE_DEFAULTS.contextChars): string {
  let s = start;
  while (s > 0 && start - s < max && !END.test(text[s - 1])) s--;
  let e = end;
  while (e < text.length && e - end < max && !END.test(text[e])) e++;
  if (e < text.length && END.test(text[e]) && text[e] !== '\n') e++;
  return text.slice(s, e).trim();
}
