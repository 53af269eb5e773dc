/** The title to show for an initiative: its own, or the start of its lead when the page gave it none (many briefs). */
import type { IndexedInitiative, Initiative } from '../contract/index.ts';

/** How many characters of the lead stand in for a missing title. */
export const UNTITLED_LEAD_CHARS = 32;

export function displayTitle(it: Pick<Initiative, 'title' | 'summary'>): string {
  if (it.title.trim()) return it.title;
  const lead = it.summary.replace(/^[\s◆●■□▲]+/u, '').trim();
  return lead.length > UNTITLED_LEAD_CHARS ? `${lead.slice(0, UNTITLED_LEAD_CHARS)}…` : lead;
}

/** The same title from the index, which carries the lead's start only for an empty title (see contract/initiativeIndex.ts). */
export const indexedTitle = (e: Pick<IndexedInitiative, 'title' | 'lead'>): string => e.lead ?? e.title;
