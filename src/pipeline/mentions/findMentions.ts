/**
 * findMentions: one left-to-right pass of the trie (longest form at each position, non-overlapping),
 * then the pattern pass for units the gazetteer lacks (…村, …嘎查, …社区, …小区). A short form inside a
 * longer word (乌达|木) is set aside before the pattern pass, so a name it begins (赛罕乌素村) is still found.
 */
import { formOfSpan, longestAt, type FormSource, type Matcher } from './buildMatcher.ts';
import { findPatternMentions, listItemNames, prefixedLinks } from './findPatternMentions.ts';
import { wordInternal } from './shortFormContext.ts';
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
    out.push({ start: i, end, surface: formOfSpan(clean, i, end), source: primary(sources) });
    i = end;
  }
  return out;
}

export function findMentions(clean: string, matcher: Matcher, commonWords: ReadonlySet<string>): RawMention[] {
  const forms = findFormMentions(clean, matcher);
  const starts = new Set(forms.filter((f) => f.source !== 'not-place').map((f) => f.start));
  const kept: RawMention[] = [];
  const inside: RawMention[] = [];
  for (const f of forms) {
    const why = f.source === 'gazetteer' && matcher.guarded.has(f.surface) ? wordInternal(clean, f.start, f.end, (p) => starts.has(p)) : null;
    if (why) inside.push({ ...f, source: 'not-place', reason: why });
    else kept.push(f);
  }
  const found = findPatternMentions(clean, listItemNames(clean, prefixedLinks(clean, kept)), commonWords);
  // A set-aside form stays reported as not a place unless a pattern name covers it.
  const left = inside.filter((f) => !found.some((m) => m.start < f.end && f.start < m.end));
  return left.length === 0 ? found : [...found, ...left].sort((a, b) => a.start - b.start || b.end - a.end);
}
