/** The run of name characters before a position: Han characters that are not grammatical words. */

/** Grammatical characters that (almost) never occur inside an Inner Mongolian unit name. */
export const STOP_CHARS = new Set('的在与及是了等为对从到被将于个各该我每这此所或并也就让使给由以至入走去着过还又再位次说多近名项年月全他她们你驻党委已要能'.split(''));
const HAN = /\p{Script=Han}/u;

/** Smallest start s ≥ floor with clean[s..at) all name characters (at most `max` of them). */
export function nameRunStart(clean: string, at: number, floor: number, max: number): number {
  let s = at;
  const limit = Math.max(floor, at - max);
  while (s > limit && HAN.test(clean[s - 1]) && !STOP_CHARS.has(clean[s - 1])) s--;
  return s;
}
