/**
 * The embed examples of README.md as the states they open: every iframe address, `data-nmg-atlas` element,
 * `<nmg-atlas>` element, `NmgAtlas.mount` call and `setState` call of its "Embed the map" section. Tests check
 * that each example shows data, so the README never advertises an empty map.
 */
import type { AtlasState, UiPrefs } from '../app/types.ts';
import { embedUrl, optionsFromAttributes, type EmbedOptions } from '../loader/embedUrl.ts';
import { readEmbedOptions } from './options.ts';

export interface ReadmeExample {
  kind: 'iframe' | 'data-element' | 'custom-element' | 'mount' | 'setState';
  /** The example's text, to name it in a failure. */
  source: string;
  state: AtlasState;
}

/** The README section the examples live in. */
export function embedSection(markdown: string): string {
  const start = markdown.indexOf('## Embed the map');
  if (start < 0) return '';
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

const attrs = (tag: string): Record<string, string> =>
  Object.fromEntries([...tag.matchAll(/\s([\w-]+)(?:="([^"]*)")?/g)].map((m) => [m[1], (m[2] ?? '').replace(/&amp;/g, '&')]));

/** A JavaScript object literal of strings and string arrays, as the README writes them (`{ region: '1522…' }`). */
const objectLiteral = (text: string): Record<string, unknown> => JSON.parse(text.replace(/'/g, '"').replace(/([{,]\s*)(\w+)\s*:/g, '$1"$2":'));

export function readmeExamples(markdown: string, defaults: { state: AtlasState; prefs: UiPrefs }): ReadmeExample[] {
  const section = embedSection(markdown);
  const fromQuery = (q: string) => readEmbedOptions(q, defaults).state;
  const fromOptions = (o: EmbedOptions) => fromQuery(new URL(embedUrl('http://atlas.invalid/', o)).search);
  const out: ReadmeExample[] = [];
  for (const m of section.matchAll(/<iframe[^>]*?src="[^"]*?embed\.html(\?[^"]*)?"/g)) out.push({ kind: 'iframe', source: m[0], state: fromQuery((m[1] ?? '').replace(/&amp;/g, '&')) });
  for (const m of section.matchAll(/<div data-nmg-atlas\b[^>]*>/g)) out.push({ kind: 'data-element', source: m[0], state: fromOptions(optionsFromAttributes((n) => attrs(m[0])[n] ?? null)) });
  for (const m of section.matchAll(/<nmg-atlas\b[^>]*>/g)) out.push({ kind: 'custom-element', source: m[0], state: fromOptions(optionsFromAttributes((n) => attrs(m[0])[n] ?? null)) });
  for (const m of section.matchAll(/NmgAtlas\.mount\([^,]+,\s*(\{[^}]*\})\)/g)) out.push({ kind: 'mount', source: m[0], state: fromOptions(objectLiteral(m[1]) as EmbedOptions) });
  for (const m of section.matchAll(/\.setState\((\{[^}]*\})\)/g)) out.push({ kind: 'setState', source: m[0], state: fromOptions(objectLiteral(m[1]) as EmbedOptions) });
  return out;
}
