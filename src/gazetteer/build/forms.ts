/** All written forms of a unit's name, official first, each with the kind of rule that made it. */
import { abbrevForms } from './abbrevForms.ts';
import { bareForms } from './bareForms.ts';
import { digitForms } from './digitForms.ts';
import { suffixForms } from './suffixForms.ts';
import type { Form, UnitLevel } from '../types.ts';

/** `shared`: aliases the table gives to several units, which name none of them alone. */
export function makeForms(name: string, level: UnitLevel, aliases: readonly string[] = [], shared: ReadonlySet<string> = new Set()): Form[] {
  const forms: Form[] = [{ form: name, kind: 'official' }];
  const add = (list: string[], kind: Form['kind']) => {
    for (const form of list) if (!forms.some((f) => f.form === form)) forms.push({ form, kind });
  };
  const suffixed = suffixForms(name, level);
  add(suffixed, 'suffix');
  if (level === 'village') add(digitForms([name, ...suffixed]), 'suffix');
  add(abbrevForms(name, level), 'abbrev');
  add(bareForms(name, level), 'bare');
  add(aliases.filter((a) => !shared.has(a)), 'alias');
  add(aliases.filter((a) => shared.has(a)), 'shared');
  return forms;
}

/** The usual written name: a banner abbreviation or an alias of the same type, a league's bare name, a village's short form. */
export function shortNameOf(name: string, level: UnitLevel, forms: readonly Form[]): string {
  const pick = (kind: Form['kind']) => forms.find((f) => f.kind === kind)?.form;
  if (level === 'prefecture') return pick('bare') ?? name;
  if (level === 'county') {
    const sameType = forms.find((f) => f.kind === 'alias' && f.form.slice(-1) === name.slice(-1) && f.form.length < name.length);
    return sameType?.form ?? pick('abbrev') ?? name.replace(/管委会$/, '');
  }
  if (level === 'township' && name.endsWith('街道')) return name;
  return pick('suffix') ?? name;
}
