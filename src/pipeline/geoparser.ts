/**
 * buildGeoparser: everything the per-document steps share, built once per run — the gazetteer, the trie of
 * written forms, the names of places outside Inner Mongolia, and the reviewed not-a-place list. The orchestrator and
 * each worker process take theirs from defaultGeoparser here.
 */
import { gazetteerFromText, outsideNames, type Gazetteer, type OutsideName } from '../gazetteer/index.ts';
import { buildMatcher, type FormSource, type Matcher } from './mentions/buildMatcher.ts';
import { GENERIC_TERMS } from './mentions/genericTerms.ts';
import { parseNotPlaces, type NotPlace } from './mentions/loadNotPlaces.ts';
import { parseLexicon, type Lexicon } from './initiatives/classifyLexicon.ts';
import { readResources, type ResourcePaths, type Resources } from './resources.ts';
import { guardedForms } from './mentions/shortFormContext.ts';

export interface Geoparser {
  gaz: Gazetteer;
  matcher: Matcher;
  /** Written form → the place outside Inner Mongolia it names. */
  outside: Map<string, { code: string; name: string }>;
  /** Stop-list entries of kind `word`: ordinary words that look like unit names. */
  commonWords: Set<string>;
  notPlaces: Map<string, string>;
  /** The category lexicon the classifier reads. */
  lexicon: Lexicon;
  /** The tables it was built from and their hashes; their key is part of every cache key. */
  resources: Resources;
}

export function buildGeoparser(gaz: Gazetteer, outsideNames: OutsideName[], notPlaces: NotPlace[], lexicon: Lexicon, resources: Resources): Geoparser {
  const entries: { form: string; source: FormSource }[] = [];
  for (const form of gaz.forms.keys()) entries.push({ form, source: 'gazetteer' });
  for (const form of GENERIC_TERMS.keys()) entries.push({ form, source: 'generic' });
  const outside = new Map<string, { code: string; name: string }>();
  // A bare name that is first an ordinary word (朝阳, 日照, 长治久安) names that city only when written in full (朝阳市).
  const outsideWords = new Set(notPlaces.filter((n) => n.kind === 'outside-word').map((n) => n.text));
  for (const o of outsideNames) {
    for (const form of o.forms) {
      if (form !== o.name && outsideWords.has(form)) continue;
      if (!outside.has(form)) outside.set(form, { code: o.code, name: o.name });
      entries.push({ form, source: 'outside' });
    }
  }
  // Ordinary words only filter pattern candidates; names of organisations, brands and slogans are matched and reported.
  for (const n of notPlaces) if (n.kind !== 'word' && n.kind !== 'outside-word') entries.push({ form: n.text, source: 'not-place' });
  return {
    gaz,
    matcher: buildMatcher(entries, guardedForms(gaz)),
    outside,
    commonWords: commonWordsOf(notPlaces),
    notPlaces: new Map(notPlaces.map((n) => [n.text, n.kind])),
    lexicon,
    resources,
  };
}

/** The ordinary words; one ending in 村 stands for its 嘎查 form too (贫困村, 贫困嘎查), the region's word for a village. */
function commonWordsOf(notPlaces: readonly { text: string; kind: string }[]): Set<string> {
  const words = notPlaces.filter((n) => n.kind === 'word').map((n) => n.text);
  return new Set([...words, ...words.filter((w) => w.length > 1 && w.endsWith('村')).map((w) => w.slice(0, -1) + '嘎查')]);
}

/** Everything a run shares, built from the tables `r` holds. */
export function geoparserFor(r: Resources): Geoparser {
  return buildGeoparser(gazetteerFromText(r.texts.gazetteer), outsideNames(), parseNotPlaces(r.texts.notPlaces), parseLexicon(r.texts.categories), r);
}

const shared = new Map<string, Geoparser>();
/**
 * The geoparser for the tables at `paths` (the package's own by default), built once per process (or worker) for each
 * content of those tables: an edited table, even at the same path, gets a new one.
 */
export function defaultGeoparser(paths: Partial<ResourcePaths> = {}): Geoparser {
  const r = readResources(paths);
  let gp = shared.get(r.key);
  if (!gp) shared.set(r.key, (gp = geoparserFor(r)));
  return gp;
}
