/**
 * Builds one Initiative (src/contract/initiatives.ts) per item: offsets and text from the original file,
 * category, places (main first), figures and people.
 */
import { initiativeId } from '../../contract/index.ts';
import type { Figure, Initiative } from '../../contract/index.ts';
import type { Doc, ItemSpan, ResolvedMention, Span } from '../types.ts';
import { classifyItem } from './classifyItem.ts';
import type { Lexicon } from './classifyLexicon.ts';
import { extractFigures } from './extractFigures.ts';
import { extractPeople } from './extractPeople.ts';
import { orderPlaces } from './buildInitiativesPlaces.ts';
import { figurePlaces } from './figurePlace.ts';
import { cleanByline, leadSpan, originalText, toOriginal } from './buildInitiativesText.ts';

const within = (s: Span, outer: Span): boolean => s.start >= outer.start && s.end <= outer.end;

/**
 * The figures that are no part of a written name: a number inside a place's name (五支渠村, 三间房村, 八家村) counts
 * nothing. A name that only begins inside a figure (83万|平方米老旧小区, a run the pattern pass took past the number) is
 * the name's error, not the figure's. One sweep over both lists in text order, so a page of many figures and names stays
 * linear.
 */
function outsideNames<T extends Span>(figures: T[], mentions: readonly ResolvedMention[]): T[] {
  const names = mentions.filter((m) => m.source === 'gazetteer' || m.source === 'pattern').sort((a, b) => a.start - b.start);
  if (names.length === 0) return figures;
  let j = 0;
  let reach = -1;
  return figures.filter((f) => {
    // reach: the furthest end of the names that start at or before this figure does; past its start, one covers it.
    for (; j < names.length && names[j].start <= f.start; j++) reach = Math.max(reach, names[j].end);
    return reach <= f.start;
  });
}

export function buildInitiatives(
  doc: Doc, items: ItemSpan[], mentions: ResolvedMention[], placeIdOf: (m: ResolvedMention) => string | null, lexicon?: Lexicon,
): Initiative[] {
  // Group once so that a long page with many items and mentions stays linear.
  const byItem = new Map<number, ResolvedMention[]>();
  for (const m of mentions) {
    const list = byItem.get(m.item);
    if (list) list.push(m);
    else byItem.set(m.item, [m]);
  }
  return items.map((item, index) => {
    const span = toOriginal(doc, item);
    const lead = leadSpan(doc.clean, item.bodyStart, item.end);
    // A headline can stand outside its item (far from its photo); it still describes the item.
    const titleOutside = item.title && !within(item.title, item) ? item.title : null;
    const own = [...(byItem.get(index) ?? [])];
    if (titleOutside) own.push(...mentions.filter((m) => m.item !== index && within(m, titleOutside)));
    const { category, secondaryCategories } = classifyItem(doc.clean, item, lexicon);
    const spans = titleOutside ? [titleOutside, item] : [item];
    const places = orderPlaces(own, placeIdOf, item.titleFromLead ? null : item.title, lead);
    const found = spans.map((s) => ({ s, figures: outsideNames(extractFigures(doc.clean, s), own) }));
    const ids = new Set(places);
    const figures = found.flatMap(({ s, figures: list }) => {
      const owners = figurePlaces(doc.clean, list, own, s, placeIdOf, places[0] ?? null, ids);
      return list.map((f, k): Figure => {
        const o = toOriginal(doc, f);
        return { value: f.value, unit: f.unit, approx: f.approx, hedge: f.hedge, ...(f.high === undefined ? {} : { high: f.high }),
          text: doc.text.slice(o.start, o.end), start: o.start, end: o.end, label: f.label, place: owners[k] };
      });
    });
    const people = spans.flatMap((s) => extractPeople(doc.clean, s));
    const initiative: Initiative = {
      id: initiativeId(doc.file, span.start),
      file: doc.file,
      kind: item.kind,
      title: originalText(doc, item.title, ' ').replace(/\s{2,}/g, ' '),
      byline: cleanByline(originalText(doc, item.byline, ' ')),
      start: span.start,
      end: span.end,
      summary: originalText(doc, lead),
      category,
      secondaryCategories,
      places,
      figures,
    };
    if (people.length) initiative.people = people;
    return initiative;
  });
}
