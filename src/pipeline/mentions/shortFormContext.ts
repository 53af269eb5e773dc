/**
 * shortFormContext: a short or bare form (托县, 二连, 乌达, 临河 — an alias, an abbreviation, a name without its
 * unit suffix) names its place only where Chinese word structure lets it stand as a word of its own.
 *
 * A bare name must end where a word ends: after it comes no Han character, another known form (a chain: 多伦|大北沟镇),
 * a character that stands as a word after a noun (的, 在, 和, a locative, a numeral, a unit word), or a dictionary word
 * of two or more characters (人民政府, 草原). Any other Han character continues it into a longer word or name
 * (乌达木, 多伦多, 赛罕乌拉, 二连胜, 临河而建). A short form with its unit suffix (托县, 呼市) must start where a word
 * starts: a dictionary word ending inside it and leaving only the unit word (依托|县, 委托|县, 招呼|市) makes that
 * unit word generic. Official names and full forms are never checked.
 */
import type { Gazetteer } from '../../gazetteer/index.ts';

/** Built into Node (ICU): a dictionary segmenter, used only to tell whether a dictionary word starts or crosses a position. */
const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /\p{Script=Han}/u;

/**
 * One-character words that may follow a place name: particles and conjunctions, verbs and prepositions that
 * start a predicate, a demonstrative, adverbs, locatives, numerals and enumerators, 人/籍 (二连人), 党 (党委, 党建),
 * unit words, and the one-character nouns a name heads (临河站). Transliteration syllables (木, 多, 乌, 拉) and verbal
 * links (而) are not.
 */
const FOLLOW_CHARS = new Set([
  ...'的之和与及同跟或暨并',
  ...'是为有在于到至向往从自由把被将让给对等也都还就又再才均亦已曾正要会能可来去',
  // A demonstrative in apposition (通辽这座“大粮仓”); 那 is left out, a syllable of names (那仁, 那日图).
  ...'这',
  ...'东西南北中内外上下前后旁边',
  ...'一二三四五六七八九十两几第各每全首',
  ...'人籍党',
  ...'市县旗区盟镇乡村',
  ...'站港段境',
]);

/** A form ending in one of these carries its unit suffix (托县, 克旗, 呼市, 阿左旗). */
const UNIT_END = /[旗县市盟区]/;
/** A unit word standing alone: what is left of 托县 after 依托. */
const UNIT_WORD = /^[旗县市盟区]$/;
/** Characters of look-ahead and look-behind the segmenter sees; a word longer than this is not needed to decide. */
const WINDOW = 6;
/** Forms longer than this are distinctive (呼伦贝尔, 克什克腾): a continuation does not make them another word. */
export const MAX_GUARDED = 3;

/** Written forms that need the check: every unit they name is written short (alias, abbreviation, bare name), not in full. */
export function guardedForms(gaz: Gazetteer): Set<string> {
  const out = new Set<string>();
  for (const [form, refs] of gaz.forms) {
    if (form.length > MAX_GUARDED) continue;
    if (refs.every((r) => r.kind === 'alias' || r.kind === 'abbrev' || r.kind === 'bare')) out.add(form);
  }
  return out;
}

function firstWord(text: string): string {
  for (const s of SEGMENTER.segment(text)) return s.segment;
  return '';
}

/**
 * Why the form at [start, end) is part of a longer word and not a place name, or null when its surroundings allow
 * a place reading. `formAt(p)` tells whether another known form starts at p.
 */
export function wordInternal(clean: string, start: number, end: number, formAt: (p: number) => boolean): string | null {
  return UNIT_END.test(clean[end - 1]) ? genericUnitAfterWord(clean, start, end) : runsOn(clean, start, end, formAt);
}

/** A bare name (二连, 乌达) must end where a word ends. */
function runsOn(clean: string, start: number, end: number, formAt: (p: number) => boolean): string | null {
  const next = clean[end];
  const bounded = !next || !HAN.test(next) || formAt(end) || FOLLOW_CHARS.has(next) || firstWord(clean.slice(end, end + WINDOW)).length >= 2;
  return bounded ? null : `inside a longer word or name: ${clean.slice(start, end)}|${clean.slice(end, end + 2)}`;
}

/** A short form with its unit suffix (托县, 呼市) must start where a word starts, or only the unit word is left. */
function genericUnitAfterWord(clean: string, start: number, end: number): string | null {
  const from = Math.max(0, start - WINDOW);
  for (const s of SEGMENTER.segment(clean.slice(from, end))) {
    const a = from + s.index;
    const b = a + s.segment.length;
    if (a < start && b > start && b < end && UNIT_WORD.test(clean.slice(b, end))) {
      return `the word ${s.segment} ends inside it, leaving the generic ${clean.slice(b, end)}`;
    }
  }
  return null;
}

/**
 * Characters that lead a place (往|北京, 流入|山西, 很多|吉林客商) even where the dictionary also joins them with its first
 * character (往北).
 */
const TOWARDS_BEFORE = '往向赴到在从自去来至于与和及同的入多';

/**
 * The word that a bare name's first character ends (收成|都储好了: 收成, so no 成都), or null: a name must start where a
 * word starts. `formBefore` tells whether a known form ends right before it (江苏|南京 is two names, 苏南 no word of them).
 */
export function wordEndingInside(clean: string, start: number, end: number, formBefore: boolean): string | null {
  if (formBefore || start === 0 || !HAN.test(clean[start - 1]) || TOWARDS_BEFORE.includes(clean[start - 1])) return null;
  const pair = clean.slice(start - 1, start + 1);
  const words = [...SEGMENTER.segment(pair)];
  return words.length === 1 && words[0].isWordLike && end - start >= 2 ? pair : null;
}
