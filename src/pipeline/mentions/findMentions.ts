/**
 * findMentions: one left-to-right pass of the trie (longest form at each position, non-overlapping),
 * then the pattern pass for units the gazetteer lacks (…村, …嘎查, …社区, …小区).
 */
import { longestAt, type FormSource, type Matcher } from './buildMatcher.ts';
import { findPatternMentions } from './findPatternMentions.ts';
import type { RawMention } from '../types.ts';

const PRIORITY: FormSource[] = ['not-place', 'gazetteer', 'generic', 'outside'];

function primary(sources: FormSource[]): FormSource {
  return PRIORITY.find((s) => sources.includes(s)) ?? sources[0];
}

export function findFormMentions(clean: string, matcher: Matcher): RawMention[] {
  const out: RawMention[] = [];
  for (let i = 0; i < clean.length; ) {
    const hit = longestAt(matcher, clean, i);
    if (!hit) { i++; continue; }
    const [end, sources] = hit;
    out.push({ start: i, end, surface: clean.slice(i, end).replace(/ /g, ''), source: primary(sources) });
    i = end;
  }
  return out;
}

export function findMentions(clean: string, matcher: Matcher, commonWords: ReadonlySet<string>): RawMention[] {
  return findPatternMentions(clean, findFormMentions(clean, matcher), commonWords);
}
