/** processFile: the per-file stages in order — text, items, mentions, resolve — on one source. */
import type { FileReport } from '../../contract/index.ts';
import type { Geoparser } from '../geoparser.ts';
import { splitItems } from '../items/index.ts';
import { findMentions } from '../mentions/index.ts';
import { applyCorrections, resolveMentions, type Correction } from '../resolve/index.ts';
import { prepareDoc } from '../text/index.ts';
import type { Doc, ItemSpan, ResolvedMention, SourceFile } from '../types.ts';

export interface FileResult {
  report: FileReport;
  doc?: Doc;
  items?: ItemSpan[];
  mentions?: ResolvedMention[];
}

/** Items give the resolver its context; should splitting fail on odd input, the page is one item rather than lost. */
function itemsOf(clean: string): ItemSpan[] {
  try {
    return splitItems(clean);
  } catch {
    return [{ kind: 'article', start: 0, end: clean.length, title: null, byline: null, bodyStart: 0 }];
  }
}

/** The per-file steps: everything up to resolved mentions, with the editor's corrections applied last. */
export function processFile(gp: Geoparser, source: SourceFile, corrections: Correction[] = []): FileResult {
  const { doc, report } = prepareDoc(source);
  if (!doc) return { report };
  const items = itemsOf(doc.clean);
  const raw = findMentions(doc.clean, gp.matcher, gp.commonWords);
  return { report, doc, items, mentions: applyCorrections(gp.gaz, doc, resolveMentions(gp, doc.clean, items, raw), corrections) };
}
