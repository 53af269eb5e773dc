/** Refuses an output folder that equals, contains or lies inside the input, where a run could overwrite its own input. */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { InputError } from './inputError.ts';

/** The real path of `p`, resolving symlinks of its nearest existing ancestor when `p` itself does not exist yet. */
function realish(p: string): string {
  const abs = resolve(p);
  if (existsSync(abs)) return realpathSync(abs);
  const parent = dirname(abs);
  return parent === abs ? abs : resolve(realish(parent), relative(parent, abs));
}

const inside = (child: string, parent: string) => child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);

export function assertSeparateFolders(input: string, out: string): void {
  const i = realish(input);
  const o = realish(out);
  if (inside(o, i)) throw new InputError(`--out ${out} lies inside --input ${input}: choose an output folder outside the input`);
  if (inside(i, o)) throw new InputError(`--out ${out} contains --input ${input}: choose an output folder that does not hold the input`);
}
