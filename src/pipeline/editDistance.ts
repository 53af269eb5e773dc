/** True when a and b differ by at most one insertion, deletion or substitution (linear, no table). */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length > b.length) [a, b] = [b, a];
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.slice(i) === b.slice(i + 1);
}

/** True when `short` is `long` with exactly one character dropped. */
export function oneCharDropped(short: string, long: string): boolean {
  return long.length === short.length + 1 && withinOneEdit(short, long);
}
