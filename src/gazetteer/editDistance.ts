/**
 * True when a and b differ by at most one inserted, deleted or replaced character. Char codes, not one-character
 * strings or slices: fuzzy resolution asks this of every candidate unit under a parent, and those were its garbage.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  const s = a.length <= b.length ? a : b;
  const t = s === a ? b : a;
  let i = 0;
  while (i < s.length && s.charCodeAt(i) === t.charCodeAt(i)) i += 1;
  // After the first difference the rest must agree, skipping one character of the longer string or one of each.
  const skip = s.length === t.length ? 1 : 0;
  for (let k = i + skip; k < s.length; k++) if (s.charCodeAt(k) !== t.charCodeAt(k + 1 - skip)) return false;
  return true;
}
